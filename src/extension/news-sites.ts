/**
 * The Arabic news sites where the detector runs by itself and the reader may read the page without a
 * toolbar click. The one list: the manifest's content_scripts and host_permissions are built from it.
 * Everywhere else Qari works only on a click (activeTab), or on all sites if the reader opts in.
 *
 * A pattern is a host (subdomains included) or a host with a path prefix for multilingual sites.
 */
export const NEWS_SITES: readonly string[] = [
  // Pan-Arab broadcasters and agencies
  'aljazeera.net', 'alarabiya.net', 'www.bbc.com/arabic', 'www.france24.com/ar', 'skynewsarabia.com',
  'arabic.rt.com', 'arabic.cnn.com', 'www.dw.com/ar', 'arabic.euronews.com', 'www.aa.com.tr/ar',
  'alhurra.com', 'almayadeen.net', 'alaraby.co.uk', 'arabi21.com', 'elaph.com', 'independentarabia.com',
  'sarabic.ae', 'aawsat.com', 'alquds.co.uk',
  // Egypt
  'youm7.com', 'masrawy.com', 'ahram.org.eg', 'almasryalyoum.com', 'shorouknews.com', 'akhbarelyom.com',
  'elwatannews.com', 'albawabhnews.com', 'cairo24.com',
  // Gulf
  'alkhaleej.ae', 'albayan.ae', 'emaratalyoum.com', 'okaz.com.sa', 'aleqt.com', 'sabq.org', 'alriyadh.com',
  'alyaum.com', 'al-madina.com', 'alqabas.com', 'aljarida.com', 'alraimedia.com', 'alanba.com.kw',
  'alayam.com', 'raya.com', 'al-sharq.com', 'alarab.qa', 'omandaily.om',
  // Levant and Iraq
  'annahar.com', 'lbcgroup.tv', 'aljadeed.tv', 'elnashra.com', 'al-akhbar.com', 'almodon.com',
  'alghad.com', 'addustour.com', 'ammonnews.net', 'enabbaladi.net', 'alsumaria.tv', 'shafaq.com',
  'alsabaah.iq', 'www.rudaw.net/arabic',
  // Maghreb
  'hespress.com', 'alyaoum24.com', 'echoroukonline.com', 'elkhabar.com', 'ennaharonline.com',
  'alchourouk.com', 'alwasat.ly',
]

/** Match patterns (http and https) for one site entry. */
export function sitePatterns(site: string): string[] {
  const slash = site.indexOf('/')
  const host = slash < 0 ? site : site.slice(0, slash)
  const path = slash < 0 ? '/*' : `${site.slice(slash)}*`
  // A bare domain also covers its subdomains (www., m., arabic.); a full host name stays exact.
  const hosts = host.startsWith('www.') || host.split('.').length > 2 && slash >= 0 ? [host] : [host, `*.${host}`]
  return hosts.map((h) => `*://${h}${path}`)
}

export const NEWS_SITE_PATTERNS: readonly string[] = NEWS_SITES.flatMap(sitePatterns)
