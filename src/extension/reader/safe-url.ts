/** Only http(s) links and images from a page are ever used; anything else (javascript:, data:) is dropped. */
export function isSafeUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\/[^\s]/iu.test(url)
}
