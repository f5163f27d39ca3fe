import type { ArticleDoc, DocWith, Layer } from './doc.ts'

/**
 * A pipeline component in the spaCy manner: it declares the layers it needs and the ones it adds,
 * and returns a new doc (it never mutates the one it was given).
 */
export interface Component<R extends Layer = never, A extends Layer = never> {
  name: string
  requires: readonly R[]
  assigns: readonly A[]
  run(doc: DocWith<R>): DocWith<R | A>
}

// The generic parameters are erased here on purpose: a pipeline is a heterogeneous list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- components differ in R and A
export type AnyComponent = Component<any, any>

/** Throws when a component needs a layer that no earlier component assigns. */
export function checkPipeline(components: readonly AnyComponent[], given: readonly Layer[] = []): void {
  const have = new Set<Layer>(given)
  for (const component of components) {
    for (const layer of component.requires) {
      if (!have.has(layer)) throw new Error(`${component.name} requires '${layer}', which nothing before it assigns`)
    }
    for (const layer of component.assigns) have.add(layer)
  }
}

/**
 * Runs components in order. A component that throws is recorded in `doc.errors` and skipped, and so is
 * any later component that needed its layers: a failure in names never blanks the reader.
 */
export function runPipeline(doc: ArticleDoc, components: readonly AnyComponent[]): ArticleDoc {
  checkPipeline(components, presentLayers(doc))
  let current = doc
  const missing = new Set<Layer>()
  for (const component of components) {
    if (component.requires.some((layer: Layer) => missing.has(layer))) {
      component.assigns.forEach((layer: Layer) => missing.add(layer))
      continue
    }
    try {
      current = component.run(current)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      current = { ...current, errors: [...(current.errors ?? []), { component: component.name, message }] }
      component.assigns.forEach((layer: Layer) => missing.add(layer))
    }
  }
  return current
}

function presentLayers(doc: ArticleDoc): Layer[] {
  const layers: Layer[] = ['sentences', 'tokens', 'entities', 'figures', 'summary']
  return layers.filter((layer) => doc[layer] !== undefined)
}
