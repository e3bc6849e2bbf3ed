package http_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

// TestConsoleDisabledAgent checks that disabling an agent (kefu agent
// disable) ends their open sessions at the next request, that they cannot
// log in (answered like a wrong password), that colleagues no longer see
// them as a transfer target, and that enabling them again undoes it all.
func TestConsoleDisabledAgent(t *testing.T) {
	ctx := context.Background()
	e := MustOpenConsole(t, nil, nil)
	ana := e.MustLogin(t, e.Ana)
	bo := e.MustLogin(t, e.Bo)
	setDisabled := func(t *testing.T, v bool) {
		t.Helper()
		if _, err := e.Store.UpdateAgent(ctx, shop, e.Ana.ID, kefu.AgentUpdate{Disabled: &v}); err != nil {
			t.Fatal(err)
		}
	}
	setDisabled(t, true)

	for _, tc := range []struct {
		name         string
		method, path string
	}{
		{"read", "GET", "/console/api/me"},
		{"write", "POST", "/console/api/presence"},
		{"logout", "POST", "/console/logout"},
	} {
		t.Run("session "+tc.name, func(t *testing.T) {
			var res Response
			if tc.method == "GET" {
				res = ana.Get(t, tc.path)
			} else {
				res = ana.Post(t, tc.path, map[string]string{"presence": "online"})
			}
			CheckError(t, res, http.StatusUnauthorized, kefu.EUNAUTHORIZED)
		})
	}
	if a, err := e.Store.FindAgentByID(ctx, shop, e.Ana.ID); err != nil || a.Presence == kefu.PresenceOnline {
		t.Errorf("a disabled agent's session changed the presence: %+v, %v", a, err)
	}

	t.Run("login", func(t *testing.T) {
		good := e.ConsoleDo(t, "POST", "/console/login", nil, "", khttp.LoginRequest{Tenant: shop, Email: e.Ana.Email, Password: AgentPassword})
		CheckError(t, good, http.StatusUnauthorized, kefu.EUNAUTHORIZED)
		if sessionCookie(good.Header) != nil {
			t.Error("a disabled agent's login set a session cookie")
		}
		wrong := e.ConsoleDo(t, "POST", "/console/login", nil, "", khttp.LoginRequest{Tenant: shop, Email: e.Ana.Email, Password: "nope"})
		if string(good.Body) != string(wrong.Body) {
			t.Errorf("disabled agent with the right password %s, wrong password %s: want the same answer", good.Body, wrong.Body)
		}
	})

	t.Run("not a transfer target", func(t *testing.T) {
		res := bo.Get(t, "/console/api/agents")
		if res.Status != http.StatusOK {
			t.Fatalf("agents: %d %s", res.Status, res.Body)
		}
		if strings.Contains(string(res.Body), e.Ana.ID) {
			t.Errorf("the agents list offers the disabled agent: %s", res.Body)
		}
	})

	// Colleagues are not affected.
	if res := bo.Get(t, "/console/api/me"); res.Status != http.StatusOK {
		t.Errorf("another agent's session: %d %s", res.Status, res.Body)
	}

	t.Run("enabled again", func(t *testing.T) {
		setDisabled(t, false)
		// The old session works again: it was refused, never revoked.
		if res := ana.Get(t, "/console/api/me"); res.Status != http.StatusOK {
			t.Errorf("old session after enabling: %d %s", res.Status, res.Body)
		}
		e.MustLogin(t, e.Ana)
	})
}
