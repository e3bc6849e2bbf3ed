package llm

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// listMarker matches a list item's marker: "1.", "2)", "3、", "-", "*", "•".
var listMarker = regexp.MustCompile(`^(?:\d{1,3}\s*[.)、:]|[-*•])\s*`)

// MaxParaphraseRunes is the longest suggestion kept: customers' messages
// are short, and a long line is the model explaining itself.
const MaxParaphraseRunes = 200

// ParaphraseRequest asks for N new messages with the meaning of Examples
// (an intent's training sentences) in Language.
type ParaphraseRequest struct {
	Intent      string
	Description string // what customers mean by the intent; optional
	Language    string
	Examples    []string
	N           int
}

// Paraphraser suggests training sentences. Its suggestions are raw: the
// caller removes duplicates and people review them before any training.
type Paraphraser struct {
	LLM Completer
	// Temperature of the requests (0.9 when zero: variety is the point).
	Temperature float64
}

// Paraphrase asks once for req.N suggestions and returns the lines of the
// answer that look like a customer message, cleaned of list markers and
// quotes, in the answer's order. The model may return fewer or more.
func (p *Paraphraser) Paraphrase(ctx context.Context, req ParaphraseRequest) ([]string, error) {
	temp := p.Temperature
	if temp == 0 {
		temp = 0.9
	}
	resp, err := p.LLM.Complete(ctx, Request{Messages: ParaphraseMessages(req), Temperature: temp, MaxTokens: 60 * max(req.N, 1)})
	if err != nil {
		return nil, err
	}
	return ParaphraseLines(resp.Content), nil
}

// ParaphraseMessages builds the chat of a paraphrase request.
func ParaphraseMessages(req ParaphraseRequest) []Message {
	lang := LanguageName(req.Language)
	system := fmt.Sprintf(`You write training data for the intent classifier of an online shop's customer-service chat. Write %d new messages that customers could send, all with the same meaning as the example messages, in %s. Vary the wording, the length, the politeness and the register the way real customers write in chat; keep the meaning exactly. Never include names, email addresses, phone numbers, addresses or order numbers. Reply with the messages only, one per line, without numbering, quotes or explanations.`, req.N, lang)
	var b strings.Builder
	fmt.Fprintf(&b, "Intent: %s\n", inert(req.Intent, 80))
	if req.Description != "" {
		fmt.Fprintf(&b, "Meaning: %s\n", inert(req.Description, 300))
	}
	b.WriteString("Example messages:\n")
	for _, e := range req.Examples {
		fmt.Fprintf(&b, "%s\n", inert(strings.ReplaceAll(e, "\n", " "), MaxParaphraseRunes))
	}
	return []Message{{Role: "system", Content: system}, {Role: "user", Content: b.String()}}
}

// ParaphraseLines splits a model's answer into suggestions: one per line,
// without list markers ("1.", "-", "•") and surrounding quotes; blank,
// over-long and heading-like lines (ending with ':') are dropped.
func ParaphraseLines(content string) []string {
	var out []string
	for _, l := range strings.Split(content, "\n") {
		l = strings.TrimSpace(l)
		l = listMarker.ReplaceAllString(l, "")
		l = strings.Trim(l, "\"'“”‘’「」『』`")
		l = strings.TrimSpace(l)
		switch {
		case l == "", strings.HasSuffix(l, ":"), strings.HasSuffix(l, "："), utf8.RuneCountInString(l) > MaxParaphraseRunes:
			continue
		}
		out = append(out, l)
	}
	return out
}
