/**
 * A `TryggApi` over data in memory (the elements' public `api` property), so a benchmark measures rendering and
 * not the network. Reads answer at once; nothing is ever sent.
 */
export function fixtureApi({ walks = { items: [], areas: [] }, measures, categories = { items: [] } } = {}) {
  const refuse = () => Promise.reject(new Error('The benchmark sends nothing.'));
  return {
    listWalks: () => Promise.resolve(walks),
    listMeasures: () => Promise.resolve(measures ?? { items: [], summary: { remarks: 0, measures: 0, byStatus: {} } }),
    listCategories: () => Promise.resolve(categories),
    register: refuse,
    submitConcern: refuse,
    submitFeedback: refuse,
    updateFeedback: refuse,
  };
}
