package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/data"
	"github.com/kefu-ai/kefu/importer"
)

// The demo's live delivery: while "kefu demo" runs, the loggers of
// freshfarm's delivery under way (order FF-LIVE of customer c-2001) send
// a reading a minute over MQTT to the embedded broker, through the same
// ingest path a real logger takes, so its traceability report grows as
// one watches (the page reloads itself every minute while the delivery is
// under way).

// simulatorEvery is how often the live delivery's loggers send.
const simulatorEvery = time.Minute

// startSimulator creates the live delivery and publishes its readings
// until ctx ends. It does nothing without an embedded broker.
func (a *App) startSimulator(ctx context.Context) error {
	if a.Broker == nil {
		return nil
	}
	f, err := data.Demo.Open("freshfarm-coldchain.json")
	if err != nil {
		return nil
	}
	defer f.Close()
	live, err := importer.StartLiveDemoDelivery(ctx, a.Store, f, a.Now.Time())
	if err != nil {
		return fmt.Errorf("live demo delivery: %w", err)
	}
	opts := mqtt.NewClientOptions().AddBroker(a.Broker.MQTTURL()).SetClientID("kefu-demo-simulator").
		SetAutoReconnect(true).SetConnectRetry(true).SetConnectTimeout(10 * time.Second)
	c := mqtt.NewClient(opts)
	// With ConnectRetry the client keeps trying in the background; the
	// demo does not wait for it (the backfilled readings are there).
	c.Connect()
	go func() {
		defer c.Disconnect(250)
		tick := time.NewTicker(simulatorEvery)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			now := a.Now.Time().Truncate(time.Minute)
			for _, b := range live.Boxes {
				payload, _ := json.Marshal(struct {
					Device   string         `json:"device"`
					Readings []kefu.Reading `json:"readings"`
				}{b.Device, []kefu.Reading{b.Reading(now)}})
				tok := c.Publish("kefu/"+live.Tenant+"/telemetry/"+b.Device, 1, false, payload)
				if !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
					a.Logger.Warn("demo simulator: publish failed", "device", b.Device, "error", tok.Error())
				}
			}
		}
	}()
	return nil
}
