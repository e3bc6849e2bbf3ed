package inmem

import (
	"context"
	"sync"

	"github.com/kefu-ai/kefu"
)

// DefaultBuffer is the number of events a subscriber may fall behind
// before it is dropped.
const DefaultBuffer = 256

// Interface guards.
var (
	_ kefu.EventService = (*EventService)(nil)
	_ kefu.Subscription = (*Subscription)(nil)
)

// EventService is an in-process kefu.EventService. Publish never blocks:
// a subscriber whose buffer is full is dropped and its channel closed, so a
// slow websocket cannot stall a turn.
type EventService struct {
	// Buffer is each subscription's channel capacity; set before use.
	Buffer int

	mu   sync.Mutex // guards subs
	subs map[*Subscription]struct{}
}

// NewEventService returns an empty bus.
func NewEventService() *EventService {
	return &EventService{Buffer: DefaultBuffer, subs: make(map[*Subscription]struct{})}
}

// Publish delivers e to every matching subscriber.
func (s *EventService) Publish(ctx context.Context, e kefu.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for sub := range s.subs {
		if !sub.filter.Match(e) {
			continue
		}
		select {
		case sub.c <- e:
		default:
			// The subscriber fell behind: drop it rather than block.
			s.unsubscribeLocked(sub)
		}
	}
}

// Subscribe returns a subscription that ends when ctx is done or Close is called.
func (s *EventService) Subscribe(ctx context.Context, f kefu.EventFilter) (kefu.Subscription, error) {
	n := s.Buffer
	if n <= 0 {
		n = DefaultBuffer
	}
	sub := &Subscription{bus: s, filter: f, c: make(chan kefu.Event, n)}
	s.mu.Lock()
	s.subs[sub] = struct{}{}
	s.mu.Unlock()
	if ctx.Done() != nil {
		go func() {
			<-ctx.Done()
			sub.Close()
		}()
	}
	return sub, nil
}

// Subscribers returns the number of live subscriptions.
func (s *EventService) Subscribers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.subs)
}

func (s *EventService) unsubscribeLocked(sub *Subscription) {
	if _, ok := s.subs[sub]; !ok {
		return
	}
	delete(s.subs, sub)
	close(sub.c)
}

// Subscription is one subscriber of an EventService.
type Subscription struct {
	bus    *EventService
	filter kefu.EventFilter
	c      chan kefu.Event // closed by the bus, under bus.mu
}

// C returns the event channel; it is closed when the subscription ends.
func (sub *Subscription) C() <-chan kefu.Event { return sub.c }

// Close ends the subscription. It is safe to call more than once.
func (sub *Subscription) Close() {
	sub.bus.mu.Lock()
	defer sub.bus.mu.Unlock()
	sub.bus.unsubscribeLocked(sub)
}
