import { fakeBrowser } from '@webext-core/fake-browser'

export default fakeBrowser
export { fakeBrowser as browser }
