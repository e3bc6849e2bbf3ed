package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"github.com/kefu-ai/kefu"
)

// TestTelemetryEmbeddedBroker runs the app as kefu serve does without a
// broker configured: a logger publishing to the embedded broker's MQTT
// listener has its readings stored; the broker's data lives under the
// data directory.
func TestTelemetryEmbeddedBroker(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Addr = "127.0.0.1:0"
	app := NewApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := app.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if err := app.Store.CreateTenant(ctx, &kefu.Tenant{ID: "fresh", Name: "Fresh", Settings: kefu.TenantSettings{DefaultLanguage: "en", Languages: []string{"en"}}}); err != nil {
		t.Fatal(err)
	}
	if err := app.Store.UpsertDevice(ctx, &kefu.Device{ID: "box-1", TenantID: "fresh", Kind: kefu.DeviceLogger}); err != nil {
		t.Fatal(err)
	}
	if err := app.Serve(ctx, false); err != nil {
		t.Fatal(err)
	}
	if app.Broker == nil || app.Ingest == nil {
		t.Fatal("no embedded broker or pipeline")
	}
	c := paho.NewClient(paho.NewClientOptions().AddBroker(app.Broker.MQTTURL()).SetClientID("box-1"))
	if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatal(tok.Error())
	}
	defer c.Disconnect(100)
	at := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	payload := fmt.Sprintf(`{"readings":[{"at":%q,"temp_c":1.5},{"at":%q,"temp_c":1.7,"door":"open"}]}`,
		at.Format(time.RFC3339), at.Add(time.Minute).Format(time.RFC3339))
	if tok := c.Publish("kefu/fresh/telemetry/box-1", 1, false, payload); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatal(tok.Error())
	}
	var got []kefu.Reading
	for deadline := time.Now().Add(10 * time.Second); len(got) < 2 && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var err error
		if got, err = app.Store.FindReadings(ctx, "fresh", "box-1", at, at.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 2 || got[1].Door != kefu.DoorOpen {
		t.Fatalf("stored %+v, want the 2 readings (pipeline %+v)", got, app.Ingest.Stats())
	}
}

func TestIngestConfig(t *testing.T) {
	for _, tc := range []struct {
		env map[string]string
		ok  bool
	}{
		{map[string]string{"KEFU_MQTT_URL": "tcp://broker:1883", "KEFU_NATS_URL": "nats://broker:4222"}, true},
		{map[string]string{"KEFU_INGEST": "off"}, true},
		{map[string]string{"KEFU_INGEST": "maybe"}, false},
		{map[string]string{"KEFU_MQTT_URL": "broker"}, false},
		{map[string]string{"KEFU_BROKER_MQTT_ADDR": "1883"}, false},
		{map[string]string{"KEFU_BROKER_MQTT_ADDR": "0.0.0.0:1883"}, true},
	} {
		c, err := loadConfig("", func(k string) string { return tc.env[k] })
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Validate(); (err == nil) != tc.ok {
			t.Errorf("%v: Validate() = %v, want ok %v", tc.env, err, tc.ok)
		}
	}
}
