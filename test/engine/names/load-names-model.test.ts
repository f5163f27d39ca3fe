import { describe, expect, it } from 'vitest'
import { loadConllNamesModel, loadNamesModel } from '../../../src/engine/models/names/load-names-model.ts'
import { CONLL_MODEL_VERSION, MODEL_VERSION } from '../../../src/engine/models/names/model-version.ts'
import { ENGINE_VERSION } from '../../../src/engine/engine-version.ts'

describe('the two names models', () => {
  it('loads each file stamped with its own version, once', async () => {
    const reader = await loadNamesModel()
    const conll = await loadConllNamesModel()
    expect(reader.version).toBe(MODEL_VERSION)
    expect(conll.version).toBe(CONLL_MODEL_VERSION)
    expect(MODEL_VERSION).not.toBe(CONLL_MODEL_VERSION)
    expect(await loadNamesModel()).toBe(reader)
  })

  it("keys the analysis cache on the reader's model, the one articles are read with", () => {
    expect(ENGINE_VERSION).toContain(MODEL_VERSION)
  })
})
