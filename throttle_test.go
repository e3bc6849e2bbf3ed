package kefu_test

import (
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestThrottleRuleDelay(t *testing.T) {
	r := kefu.ThrottleRule{Free: 3, Base: time.Second, Max: 10 * time.Second}
	tests := []struct {
		rule kefu.ThrottleRule
		n    int
		want time.Duration
	}{
		{r, 0, 0},
		{r, 2, 0},
		{r, 3, time.Second},
		{r, 4, 2 * time.Second},
		{r, 5, 4 * time.Second},
		{r, 6, 8 * time.Second},
		{r, 7, 10 * time.Second},
		{r, 1 << 30, 10 * time.Second},
		{kefu.ThrottleRule{Free: 0, Base: time.Second, Max: time.Hour}, 0, time.Second},
		{kefu.ThrottleRule{Free: 1, Base: time.Second}, 5, time.Second}, // Max below Base: no growth
		{kefu.ThrottleRule{Free: 1}, 5, 0},                              // no Base: no delay
	}
	for _, tt := range tests {
		if got := tt.rule.Delay(tt.n); got != tt.want {
			t.Errorf("%+v.Delay(%d) = %v, want %v", tt.rule, tt.n, got, tt.want)
		}
	}
}
