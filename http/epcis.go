package http

import (
	"net/http"
	"strings"

	"github.com/kefu-ai/kefu"
	"github.com/kefu-ai/kefu/epcis"
)

// GS1 EPCIS 2.0 capture: a shop's warehouse or logistics system sends
// its EPCIS documents (or single events) and kefu keeps what they say of
// the shop's deliveries: custody events (receiving, picking, loading,
// ...), sensor readings and batches. Package epcis validates a document
// against GS1's schema and maps it; this handler links its events to the
// shop's shipments and stores them.

func (s *Server) epcisRoutes() []route {
	return []route{{"POST", "/v1/epcis/capture", s.admin(true, handleEPCISCapture)}}
}

// CaptureResponse says what an EPCIS capture stored.
type CaptureResponse struct {
	Events int `json:"events"`
	// Custody counts the custody events stored (new ones; a re-capture
	// stores none), Linked those of them linked to a shipment.
	Custody int `json:"custody"`
	Linked  int `json:"linked"`
	// Readings and Duplicates count the sensor readings stored and those
	// already stored; Batches the lots created or updated.
	Readings   int `json:"readings"`
	Duplicates int `json:"duplicates"`
	Batches    int `json:"batches"`
	// Ignored counts events kefu has no use for; Quarantined lists what
	// was refused, with the JSON pointer of each part.
	Ignored     int             `json:"ignored"`
	Quarantined []epcis.Problem `json:"quarantined"`
}

// handleEPCISCapture validates and stores an EPCIS document. An invalid
// document stores nothing and names the failing path; parts that are
// valid EPCIS but unusable (a reading of an unknown device, one in the
// future) are quarantined and listed, the rest stored. Capturing the
// same document again stores nothing new.
func handleEPCISCapture(s *Server, w http.ResponseWriter, r *http.Request, t *kefu.Tenant) {
	if r.ContentLength > epcis.MaxDocumentBytes {
		s.Error(w, r, kefu.Errorf(kefu.ETOOLARGE, "an EPCIS document is at most %d bytes; split it", epcis.MaxDocumentBytes))
		return
	}
	if ct := r.Header.Get("Content-Type"); strings.HasPrefix(ct, "application/ld+json") {
		r.Header.Set("Content-Type", "application/json")
	}
	data, err := readJSONBody(w, r, epcis.MaxDocumentBytes)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	c, err := epcis.Parse(data, t.ID, s.now())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	resp := CaptureResponse{Events: c.EventCount, Ignored: c.Ignored, Quarantined: c.Quarantined}
	if resp.Quarantined == nil {
		resp.Quarantined = []epcis.Problem{}
	}
	// Link each custody event to the shop's shipment its identifiers
	// name: a tracking number or an order number among its business
	// transactions, SSCCs or parent.
	links := map[string]string{} // event id -> shipment id
	for _, ref := range c.Refs {
		if id, err := s.shipmentOf(r, t.ID, ref); err != nil {
			s.Error(w, r, err)
			return
		} else if id != "" {
			links[ref.EventID] = id
		}
	}
	err = s.Store.InTx(ctx, func(tx kefu.Store) error {
		for i := range c.Batches {
			b := c.Batches[i]
			if old, err := tx.FindBatch(ctx, t.ID, b.SKU, b.Lot); err == nil {
				mergeBatch(&b, old)
			}
			if err := tx.UpsertBatch(ctx, &b); err != nil {
				return err
			}
			resp.Batches++
		}
		for i := range c.Custody {
			if id := links[c.Custody[i].ID]; id != "" {
				c.Custody[i].ShipmentID = id
				resp.Linked++
			}
		}
		n, err := tx.AddCustodyEvents(ctx, t.ID, c.Custody)
		resp.Custody = n
		return err
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if len(c.Readings) > 0 {
		if s.Telemetry == nil {
			s.Error(w, r, kefu.Errorf(kefu.ENOTIMPLEMENTED, "telemetry ingest is not configured"))
			return
		}
		res, err := s.Telemetry.Ingest(ctx, t.ID, c.Readings)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		resp.Readings, resp.Duplicates = res.Stored, res.Duplicates
		for _, q := range res.Quarantined {
			p := epcis.Problem{Field: q.Field, Reason: string(q.Reason) + ": " + q.Message}
			if q.Index >= 0 && q.Index < len(c.Readings) {
				rd := c.Readings[q.Index]
				p.Reading = &rd
			}
			resp.Quarantined = append(resp.Quarantined, p)
		}
	}
	s.changed("coldchain")(t.ID)
	writeJSON(w, http.StatusOK, resp)
}

// shipmentOf finds the shop's shipment an event names, "" when none.
func (s *Server) shipmentOf(r *http.Request, tenantID string, ref epcis.Refs) (string, error) {
	var ids []string
	for _, l := range ref.Transactions {
		ids = append(ids, l.ID)
	}
	ids = append(ids, ref.SSCCs...)
	if ref.Parent != "" {
		ids = append(ids, ref.Parent)
	}
	for _, id := range ids {
		// Transactions are often URIs ("urn:epcglobal:cbv:bt:...:FF-20918",
		// "https://shop.example/po/FF-20918"): their last segment is tried too.
		cands := []string{id}
		if i := strings.LastIndexAny(id, ":/"); i >= 0 && i+1 < len(id) {
			cands = append(cands, id[i+1:])
		}
		for _, c := range cands {
			if !validID(c) {
				continue
			}
			sh, err := s.Store.FindShipmentByTrackingNumber(r.Context(), tenantID, c)
			switch kefu.ErrorCode(err) {
			case "":
				return sh.ID, nil
			case kefu.ENOTFOUND, kefu.ECONFLICT:
			default:
				return "", err
			}
			o, err := s.Store.FindOrderByNumber(r.Context(), tenantID, c)
			switch kefu.ErrorCode(err) {
			case "":
				ships, err := s.Store.FindShipmentsByOrder(r.Context(), tenantID, o.ID)
				if err != nil {
					return "", err
				}
				if len(ships) > 0 {
					return ships[len(ships)-1].ID, nil
				}
			case kefu.ENOTFOUND:
			default:
				return "", err
			}
		}
	}
	return "", nil
}

// mergeBatch fills what a captured batch leaves out from the stored one.
func mergeBatch(b, old *kefu.Batch) {
	if b.Origin == "" {
		b.Origin = old.Origin
	}
	if b.Country == "" {
		b.Country = old.Country
	}
	if b.ProducedAt.IsZero() {
		b.ProducedAt = old.ProducedAt
	}
	if b.BestBefore.IsZero() {
		b.BestBefore = old.BestBefore
	}
	if b.Storage == nil {
		b.Storage = old.Storage
	}
}
