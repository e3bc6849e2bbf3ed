package main

import (
	"context"
	"strings"
	"testing"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/internal/password"
)

func TestAgentCommands(t *testing.T) {
	t.Parallel() // long: runs beside the other long tests
	forEachStore(t, func(t *testing.T, s opsStore) {
		ctx := context.Background()
		mustCreateShop(t, s, "tea")
		mustCreateShop(t, s, "coffee")
		st := s.open(t)

		s.mustKefu(t, "correct horse\n", "agent", "create", "--shop", "tea", "--email", " Ana@Tea.Example ", "--name", "Ana",
			"--role", "owner", "--languages", "zh,EN", "--skills", "billing, returns", "--max-chats", "3", "--password-stdin")
		ana, err := st.FindAgentByEmail(ctx, "tea", "ana@tea.example")
		if err != nil {
			t.Fatal(err)
		}
		if ana.Role != kefu.RoleOwner || ana.Name != "Ana" || strings.Join(ana.Languages, ",") != "zh,en" ||
			strings.Join(ana.Skills, ",") != "billing,returns" || ana.MaxChats != 3 || ana.Disabled {
			t.Errorf("created %+v", ana)
		}
		if !password.Check(ana.PasswordHash, "correct horse") || password.Check(ana.PasswordHash, "correct horse\n") {
			t.Error("the stored hash does not verify the password given on stdin (without its newline)")
		}

		// Without --password-stdin and without a terminal, no password.
		out := s.mustKefu(t, "", "agent", "create", "--shop", "tea", "--email", "bo@tea.example")
		if !strings.Contains(out, "cannot log in yet") {
			t.Errorf("agent create without a password says:\n%s", out)
		}
		bo, err := st.FindAgentByEmail(ctx, "tea", "bo@tea.example")
		if err != nil || bo.PasswordHash != "" || bo.Role != kefu.RoleAgent || bo.MaxChats != kefu.DefaultMaxChats {
			t.Fatalf("agent without password: %+v, %v", bo, err)
		}

		checkMistakes(t, s, []mistake{
			{"short password", "short\n", []string{"agent", "create", "--shop", "tea", "--email", "cy@tea.example", "--password-stdin"}, 1, `shorter than 8 characters`},
			{"empty stdin", "", []string{"agent", "create", "--shop", "tea", "--email", "cy@tea.example", "--password-stdin"}, 1, `--password-stdin: stdin holds no password`},
			{"long password", strings.Repeat("x", 73) + "\n", []string{"agent", "create", "--shop", "tea", "--email", "cy@tea.example", "--password-stdin"}, 1, `longer than 72 bytes`},
			{"bad role", "", []string{"agent", "create", "--shop", "tea", "--email", "cy@tea.example", "--role", "root"}, 1, `--role "root" is not owner, admin or agent`},
			{"bad email", "", []string{"agent", "create", "--shop", "tea", "--email", "Cy <cy@tea.example>"}, 1, `is not an email address`},
			{"bad language", "", []string{"agent", "create", "--shop", "tea", "--email", "cy@tea.example", "--languages", "zh,??"}, 1, `--languages: "??" is not a language tag`},
			{"bad max chats", "", []string{"agent", "create", "--shop", "tea", "--email", "cy@tea.example", "--max-chats", "0"}, 1, `--max-chats 0 must be at least 1`},
			{"duplicate", "long enough pw\n", []string{"agent", "create", "--shop", "tea", "--email", "ANA@tea.example", "--password-stdin"}, 1, `shop tea already has that agent`},
			{"unknown shop", "", []string{"agent", "create", "--shop", "nope", "--email", "cy@tea.example"}, 1, `shop "nope" not found: create it with kefu shop create`},
			{"missing email", "", []string{"agent", "create", "--shop", "tea"}, 2, `--email is required`},
			{"disable unknown agent", "", []string{"agent", "disable", "--shop", "tea", "--email", "zed@tea.example"}, 1, `--email zed@tea.example: shop tea has no such agent`},
			{"disable another shop's agent", "", []string{"agent", "disable", "--shop", "coffee", "--email", "ana@tea.example"}, 1, `shop coffee has no such agent`},
			{"password without input", "", []string{"agent", "password", "--shop", "tea", "--email", "bo@tea.example"}, 1, `no password given`},
			{"list of unknown shop", "", []string{"agent", "list", "--shop", "nope"}, 1, `shop "nope" not found`},
		})
		if _, err := st.FindAgentByEmail(ctx, "tea", "cy@tea.example"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("a refused agent create stored the agent: %v", err)
		}
		if got, _ := st.FindAgentByEmail(ctx, "tea", "ana@tea.example"); got.PasswordHash != ana.PasswordHash || got.Disabled {
			t.Error("refused commands changed Ana")
		}

		t.Run("password", func(t *testing.T) {
			s.mustKefu(t, "new password 1\r\n", "agent", "password", "--shop", "tea", "--email", "Bo@tea.example", "--password-stdin")
			bo, err := st.FindAgentByEmail(ctx, "tea", "bo@tea.example")
			if err != nil || !password.Check(bo.PasswordHash, "new password 1") {
				t.Errorf("after agent password: %+v, %v", bo, err)
			}
		})

		t.Run("list", func(t *testing.T) {
			out := s.mustKefu(t, "", "agent", "list", "--shop", "tea")
			for _, want := range []string{"EMAIL", "ana@tea.example", "owner", "zh,en", "bo@tea.example"} {
				if !strings.Contains(out, want) {
					t.Errorf("agent list lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, "$2a$") || strings.Contains(s.mustKefu(t, "", "agent", "list", "--shop", "tea", "--json"), "$2a$") {
				t.Error("agent list shows a password hash")
			}
		})

		t.Run("disable", func(t *testing.T) {
			// Ana is online and holds a conversation.
			on := kefu.PresenceOnline
			if _, err := st.UpdateAgent(ctx, "tea", ana.ID, kefu.AgentUpdate{Presence: &on}); err != nil {
				t.Fatal(err)
			}
			conv := &kefu.Conversation{TenantID: "tea", Channel: "api", Status: kefu.StatusQueued, Language: "en"}
			if err := st.CreateConversation(ctx, conv); err != nil {
				t.Fatal(err)
			}
			if _, err := st.AssignConversation(ctx, "tea", conv.ID, ana.ID); err != nil {
				t.Fatal(err)
			}
			out := s.mustKefu(t, "", "agent", "disable", "--shop", "tea", "--email", "ana@tea.example")
			if !strings.Contains(out, "1 conversation released") {
				t.Errorf("agent disable says:\n%s", out)
			}
			got, err := st.FindAgentByID(ctx, "tea", ana.ID)
			if err != nil || !got.Disabled || got.Presence != kefu.PresenceOffline {
				t.Errorf("after disable: %+v, %v", got, err)
			}
			c, err := st.FindConversationByID(ctx, "tea", conv.ID)
			if err != nil || c.Status != kefu.StatusBot || c.AgentID != "" {
				t.Errorf("held conversation after disable: %+v, %v", c, err)
			}
			msgs, err := st.FindMessages(ctx, kefu.MessageFilter{TenantID: "tea", ConversationID: conv.ID})
			if err != nil || len(msgs) == 0 || msgs[len(msgs)-1].Kind != kefu.MessageAgentLeft {
				t.Errorf("no \"agent left\" message after disable: %v", err)
			}
			if out := s.mustKefu(t, "", "agent", "list", "--shop", "tea"); !strings.Contains(out, "disabled") {
				t.Errorf("agent list does not show the disabled agent as such:\n%s", out)
			}
			s.mustKefu(t, "", "agent", "disable", "--shop", "tea", "--email", "ana@tea.example", "--enable")
			if got, _ := st.FindAgentByID(ctx, "tea", ana.ID); got.Disabled {
				t.Error("still disabled after --enable")
			}
		})
	})
}
