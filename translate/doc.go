// Package translate is kefu's machine-translation layer: one Translator
// interface, providers behind it (Apertium run locally as a pool of warm
// processes, a LibreTranslate-compatible server, an OpenAI-compatible chat
// endpoint), a per-tenant Glossary of terms that are never translated or
// always translated one way, and a Chain that tries providers in order,
// caches results and degrades to the original text with an
// ENOTIMPLEMENTED-coded error when no provider covers a language pair.
//
// Every text a provider produced is returned with Result.Machine set, so
// that the agent console and the widget can label it as machine
// translated. See docs/translate.md for the design and measured latency.
package translate
