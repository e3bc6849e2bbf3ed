// Package llm is kefu's optional large-language-model client: a small
// client for an OpenAI-compatible chat completions endpoint that the shop
// runs itself (llama.cpp's server, vLLM, Ollama, or a hosted service),
// a Grounder that writes an answer only from retrieved knowledge articles
// and refuses when the model's answer is not verifiably grounded in them,
// and a Paraphraser that suggests new training sentences for people to
// review.
//
// Nothing in kefu requires it: without an endpoint configured no code path
// builds a Client, and a shop must opt in (TenantSettings.LLMAnswers)
// before its customers' questions are sent anywhere. See docs/llm.md for
// the protocol, the grounding and refusal rules and what is never sent.
package llm
