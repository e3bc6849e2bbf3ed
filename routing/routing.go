// Package routing gives a queued conversation to a human agent: an online
// agent who speaks the customer's language (or, failing that, the shop's
// working language), least loaded first. The store's AssignConversation
// keeps the guarantees (one agent per conversation, never over MaxChats)
// when several routers run at once; a router that loses a race moves on to
// the next candidate.
package routing

import (
	"context"
	"sort"

	"github.com/kefu-ai/kefu"
)

// Store is what a Router needs: the agents and their conversations.
type Store interface {
	kefu.AgentService
	kefu.ConversationService
}

// Router assigns conversations. It is safe for concurrent use.
type Router struct {
	Store Store
}

// candidate is an online agent with room, and how well it fits.
type candidate struct {
	agent *kefu.Agent
	load  int
	// rank is 0 for an agent speaking the conversation's language, 1 for
	// one speaking the shop's working language.
	rank int
}

// Route assigns conv to the best available agent and returns it with the
// updated conversation. ENOTFOUND means no online agent speaking the
// customer's or the shop's language has room: the conversation stays
// queued. ECONFLICT from the store (the conversation was taken by someone
// else meanwhile) is returned as is.
func (r *Router) Route(ctx context.Context, t *kefu.Tenant, conv *kefu.Conversation) (*kefu.Agent, *kefu.Conversation, error) {
	const op = "routing.Route"
	agents, err := r.Store.FindAgents(ctx, kefu.AgentFilter{TenantID: t.ID, Presence: kefu.PresenceOnline, Limit: 1000})
	if err != nil {
		return nil, nil, kefu.E(op, err)
	}
	var cands []candidate
	for _, a := range agents {
		if a.Disabled { // cannot log in: must not be given conversations
			continue
		}
		rank := -1
		switch {
		case conv.Language != "" && speaks(a, conv.Language):
			rank = 0
		case speaks(a, t.Settings.DefaultLanguage):
			rank = 1
		}
		if rank < 0 {
			continue
		}
		load, err := r.Store.CountAgentConversations(ctx, t.ID, a.ID)
		if err != nil {
			return nil, nil, kefu.E(op, err)
		}
		if load >= a.MaxChats {
			continue
		}
		cands = append(cands, candidate{agent: a, load: load, rank: rank})
	}
	// Language fit first, then the lightest load (as a share of the
	// agent's capacity), then the ID for a stable order.
	sort.Slice(cands, func(i, j int) bool {
		ci, cj := cands[i], cands[j]
		if ci.rank != cj.rank {
			return ci.rank < cj.rank
		}
		li, lj := ci.load*cj.agent.MaxChats, cj.load*ci.agent.MaxChats
		if li != lj {
			return li < lj
		}
		return ci.agent.ID < cj.agent.ID
	})
	for _, c := range cands {
		updated, err := r.Store.AssignConversation(ctx, t.ID, conv.ID, c.agent.ID)
		switch {
		case err == nil:
			return c.agent, updated, nil
		case kefu.ErrorCode(err) != kefu.ECONFLICT:
			return nil, nil, kefu.E(op, err)
		}
		// ECONFLICT: the agent filled up meanwhile, or the conversation was
		// taken. Find out which before trying the next agent.
		cur, ferr := r.Store.FindConversationByID(ctx, t.ID, conv.ID)
		if ferr != nil {
			return nil, nil, kefu.E(op, ferr)
		}
		if cur.AgentID != "" || cur.Status == kefu.StatusClosed {
			return nil, nil, err
		}
	}
	return nil, nil, kefu.Errorf(kefu.ENOTFOUND, "no online agent with room speaks %s", describe(conv.Language, t.Settings.DefaultLanguage))
}

func speaks(a *kefu.Agent, lang string) bool {
	if lang == "" {
		return false
	}
	for _, l := range a.Languages {
		if l == lang || baseOf(l) == baseOf(lang) {
			return true
		}
	}
	return false
}

// baseOf returns the primary subtag: "zh-Hant" → "zh".
func baseOf(tag string) string {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' || tag[i] == '_' {
			return tag[:i]
		}
	}
	return tag
}

func describe(conv, shop string) string {
	if conv == "" || conv == shop {
		return shop
	}
	return conv + " or " + shop
}
