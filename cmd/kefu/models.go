package main

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
	"github.com/kefu-ai/kefu/learn"
)

// DefaultModelPoll is how often a serving node asks the registry which
// intent-model versions serve.
const DefaultModelPoll = 10 * time.Second

// modelSync remembers which registry version each scope (kefu.GlobalModel
// or a shop) has installed on this node.
type modelSync struct {
	mu        sync.Mutex // serialises SyncModels; guards installed
	installed map[string]string

	cmu sync.Mutex // serialises SyncCorrections and reloadCorrections; guards revisions
	// revisions is the corrections revision (FindCorrectionRevisions)
	// each shop's served corrections were loaded at.
	revisions map[string]int64
}

// forgetGlobal makes the next SyncModels install the global serving
// version again (after a SIGHUP reload put the model file in service).
func (s *modelSync) forgetGlobal() {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.installed, kefu.GlobalModel)
}

// SyncModels makes this node serve what the model registry says serves:
// the global serving version as the shared model, each shop's serving
// version as that shop's. Versions already installed are not loaded
// again; a shop whose version no longer serves goes back to the shared
// model. A version that does not load is logged and skipped, leaving the
// model in service alone. Every node polls (watchModels), so a promotion
// or rollback made anywhere reaches every node within Config.ModelPoll.
func (a *App) SyncModels(ctx context.Context) error {
	serving, err := a.Store.FindServingModels(ctx)
	if err != nil {
		return err
	}
	s := &a.models
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.installed == nil {
		s.installed = map[string]string{}
	}
	seen := map[string]bool{}
	for _, v := range serving {
		seen[v.TenantID] = true
		if s.installed[v.TenantID] == v.Version {
			continue
		}
		m, err := learn.Load(ctx, a.Store, v.TenantID, v.Version)
		if err != nil {
			a.Logger.Error("model version does not load; the served model is unchanged",
				"shop", v.TenantID, "version", v.Version, "err", err)
			continue
		}
		if v.TenantID == kefu.GlobalModel {
			old := a.NLU.Models().Swap(m)
			a.Logger.Info("intent model swapped from the registry", "from", old.Version(), "to", v.Version)
		} else {
			a.NLU.SetShopModel(v.TenantID, m)
			a.Logger.Info("shop intent model installed from the registry", "shop", v.TenantID, "version", v.Version)
		}
		s.installed[v.TenantID] = v.Version
	}
	for tenant := range s.installed {
		if !seen[tenant] && tenant != kefu.GlobalModel {
			a.NLU.SetShopModel(tenant, nil)
			delete(s.installed, tenant)
		}
	}
	return nil
}

// SyncCorrections makes this node serve each shop's accepted corrections
// as they are (nlu.Understander.SetCorrections, docs/learning.md): it
// reads the shops' corrections revisions and loads again the accepted
// relabels of each shop whose revision moved since it last loaded them.
// Every node polls it with the model registry (watchModels); the node
// that took a review, and the nodes its change notice reaches, load the
// shop's corrections at once (reloadCorrections).
func (a *App) SyncCorrections(ctx context.Context) error {
	revs, err := a.Store.FindCorrectionRevisions(ctx)
	if err != nil {
		return err
	}
	s := &a.models
	s.cmu.Lock()
	defer s.cmu.Unlock()
	for tenant, rev := range revs {
		if have, ok := s.revisions[tenant]; ok && have == rev {
			continue
		}
		if err := a.loadCorrections(ctx, tenant, rev); err != nil {
			return err
		}
	}
	return nil
}

// reloadCorrections loads the shop's accepted corrections again now,
// after a review on this node or a change notice from another.
func (a *App) reloadCorrections(tenantID string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	revs, err := a.Store.FindCorrectionRevisions(ctx)
	if err == nil {
		a.models.cmu.Lock()
		err = a.loadCorrections(ctx, tenantID, revs[tenantID])
		a.models.cmu.Unlock()
	}
	if err != nil {
		a.Logger.Warn("could not load the shop's corrections; the next poll tries again", "shop", tenantID, "err", err)
	}
}

// loadCorrections installs the shop's accepted relabels, read after its
// revision rev was (so they are at least that new), and records rev.
// The caller holds a.models.cmu.
func (a *App) loadCorrections(ctx context.Context, tenantID string, rev int64) error {
	tr := &learn.Trainer{Store: a.Store}
	cs, err := tr.Corrections(ctx, tenantID)
	if err != nil {
		return err
	}
	n := a.NLU.SetCorrections(tenantID, learn.NLU(cs))
	s := &a.models
	if s.revisions == nil {
		s.revisions = map[string]int64{}
	}
	s.revisions[tenantID] = rev
	a.Logger.Info("shop corrections served", "shop", tenantID, "texts", n, "revision", rev)
	return nil
}

// watchModels runs SyncModels and SyncCorrections every Config.ModelPoll
// until the app closes.
func (a *App) watchModels(ctx context.Context) {
	every := time.Duration(a.Config.ModelPoll)
	if every <= 0 {
		return
	}
	a.runEvery(ctx, every, false, func(ctx context.Context) {
		if err := a.SyncModels(ctx); err != nil && ctx.Err() == nil {
			a.Logger.Warn("model registry poll failed", "err", err)
		}
		if err := a.SyncCorrections(ctx); err != nil && ctx.Err() == nil {
			a.Logger.Warn("corrections poll failed", "err", err)
		}
	})
}

// retrainer runs the retrains admins ask for (POST /v1/models/retrain)
// in the background, one per shop at a time on this node, and installs
// a promoted candidate at once (other nodes pick it up by polling).
type retrainer struct {
	app *App
	ctx context.Context // ends when the node stops serving

	mu      sync.Mutex // guards running and last
	running map[string]bool
	last    map[string]error
}

var _ khttp.Retrainer = (*retrainer)(nil)

// StartRetrain implements khttp.Retrainer.
func (r *retrainer) StartRetrain(tenantID, by string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running[tenantID] {
		return kefu.Errorf(kefu.ECONFLICT, "a retrain of this shop's model is already running")
	}
	if r.running == nil {
		r.running, r.last = map[string]bool{}, map[string]error{}
	}
	r.running[tenantID] = true
	go func() {
		err := r.retrain(tenantID, by)
		r.mu.Lock()
		defer r.mu.Unlock()
		delete(r.running, tenantID)
		r.last[tenantID] = err
	}()
	return nil
}

func (r *retrainer) retrain(tenantID, by string) error {
	a := r.app
	lctx, cancel := context.WithTimeout(r.ctx, time.Second)
	unlock, err := a.Locker.Lock(lctx, "model-retrain:"+tenantID)
	cancel()
	if err != nil {
		return kefu.Errorf(kefu.ECONFLICT, "another node is retraining this shop's model")
	}
	defer unlock()
	tr, err := a.trainer()
	if err != nil {
		return err
	}
	res, err := tr.Retrain(r.ctx, tenantID, learn.Options{By: by})
	if err != nil {
		a.Logger.Error("model retrain failed", "shop", tenantID, "err", err)
		return err
	}
	a.Logger.Info("model retrained", "shop", tenantID, "version", res.Version, "promoted", res.Promoted,
		"reason", res.Reason, "train_s", res.TrainS)
	if res.Promoted {
		return a.SyncModels(r.ctx)
	}
	return nil
}

// Retraining implements khttp.Retrainer.
func (r *retrainer) Retraining(tenantID string) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.running[tenantID], r.last[tenantID]
}

// scheduleRetrains retrains, every Config.RetrainEvery, the model of each
// shop with accepted relabels (RetrainShops) until the app closes.
func (a *App) scheduleRetrains(ctx context.Context) {
	every := time.Duration(a.Config.RetrainEvery)
	if every <= 0 {
		return
	}
	a.runEvery(ctx, every, false, func(ctx context.Context) {
		if err := a.RetrainShops(ctx); err != nil && ctx.Err() == nil {
			a.Logger.Warn("scheduled retrain failed", "err", err)
		}
	})
}

// RetrainShops retrains the model of each shop that has accepted
// relabels, skipping shops whose data a version was already trained on,
// and serves what the rule promoted. Each shop's retrain holds the
// Locker's "model-retrain:<shop>" key, so that nodes sharing a locker do
// not train the same shop at once; a shop another node is training is
// skipped (it would be skipped as already trained anyway).
func (a *App) RetrainShops(ctx context.Context) error {
	shops, err := a.Store.FindTenants(ctx)
	if err != nil {
		return err
	}
	tr, err := a.trainer()
	if err != nil {
		return err
	}
	for _, t := range shops {
		fs, err := a.Store.FindFeedback(ctx, kefu.FeedbackFilter{TenantID: t.ID, Kind: kefu.FeedbackRelabel,
			Status: kefu.FeedbackAccepted, Limit: 1})
		if err != nil {
			return err
		}
		if len(fs) == 0 {
			continue
		}
		lctx, cancel := context.WithTimeout(ctx, time.Second)
		unlock, err := a.Locker.Lock(lctx, "model-retrain:"+t.ID)
		cancel()
		if err != nil {
			continue // another node trains this shop
		}
		res, err := tr.Retrain(ctx, t.ID, learn.Options{By: "schedule", SkipIfTrained: true})
		unlock()
		if err != nil {
			return err
		}
		if !res.Skipped {
			a.Logger.Info("scheduled retrain", "shop", t.ID, "version", res.Version, "promoted", res.Promoted, "reason", res.Reason)
		}
	}
	return a.SyncModels(ctx)
}

// trainer returns a learn.Trainer on the node's store, with the
// configured model file as the base model.
func (a *App) trainer() (*learn.Trainer, error) {
	tr := &learn.Trainer{Store: a.Store, Prep: a.NLU.Prep(), Now: a.Now}
	if a.Config.ModelFile != "" {
		b, err := os.ReadFile(a.Config.ModelFile)
		if err != nil {
			return nil, err
		}
		tr.BaseFile = b
	}
	return tr, nil
}
