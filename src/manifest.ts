import { defineManifest } from '@crxjs/vite-plugin'
import pkg from '../package.json' with { type: 'json' }
import { NEWS_SITE_PATTERNS } from './extension/news-sites.ts'

export type Target = 'chrome' | 'firefox'

/** The one manifest. Chrome gets a service worker; Firefox background scripts and its gecko settings. */
export function makeManifest(target: Target) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Qari',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons: { '16': 'icons/icon16.png', '32': 'icons/icon32.png', '48': 'icons/icon48.png', '128': 'icons/icon128.png' },
    action: {
      default_popup: 'popup.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { '16': 'icons/icon16.png', '32': 'icons/icon32.png' },
    },
    options_ui: { page: 'options.html', open_in_tab: true },
    // activeTab + scripting: read the page the reader clicked on, nowhere else. storage: settings and cache.
    permissions: ['activeTab', 'scripting', 'storage'],
    // The listed news sites: the detector runs there, and the reader can read them without a click
    // (the same hosts the content script already shows in the install prompt).
    host_permissions: [...NEWS_SITE_PATTERNS],
    // Detection on every site is the reader's choice, granted from the options page.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_scripts: [
      { matches: [...NEWS_SITE_PATTERNS], js: ['src/extension/content/detect-page.ts'], run_at: 'document_idle' },
    ],
    background:
      target === 'firefox'
        ? { scripts: ['src/extension/background/main.ts'], type: 'module' }
        : { service_worker: 'src/extension/background/main.ts', type: 'module' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpenReader__' },
    },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qari@qari-reader.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  })
}
