import { useEffect, useState } from 'preact/hooks'

/**
 * An installed speech-synthesis voice for `lang` ('ar' matches ar-SA, ar-EG…), or undefined. Voices load
 * asynchronously in Chrome, hence the voiceschanged listener.
 */
export function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined)
  useEffect(() => {
    const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis
    if (!synth) return
    const primary = lang.toLowerCase().split('-')[0] ?? lang
    const pick = () =>
      setVoice(synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === primary))
    pick()
    synth.addEventListener?.('voiceschanged', pick)
    return () => synth.removeEventListener?.('voiceschanged', pick)
  }, [lang])
  return voice
}

/**
 * Speaks the pieces in order, one utterance each: Chrome stops long utterances after about 15 s
 * (crbug.com/679437), so the article goes block by block.
 */
export function speak(pieces: string[], voice: SpeechSynthesisVoice, onEnd: () => void): void {
  speechSynthesis.cancel()
  const texts = pieces.map((p) => p.trim()).filter(Boolean)
  texts.forEach((text, i) => {
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.voice = voice
    utterance.lang = voice.lang
    if (i === texts.length - 1) utterance.onend = onEnd
    speechSynthesis.speak(utterance)
  })
  if (texts.length === 0) onEnd()
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
}
