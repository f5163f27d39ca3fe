import { ENGINE_VERSION } from '../../engine/engine-version.ts'

/**
 * The version a cached analysis is checked by: the engine's (with its names model) and the summary
 * length the reader chose, since a summary of another length is another analysis.
 */
export function analysisVersion(summarySentences: number | undefined): string {
  return `${ENGINE_VERSION}/summary-${summarySentences ?? 'default'}`
}
