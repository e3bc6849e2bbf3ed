//go:build !unix

package profiles_test

import "time"

// cpuTime is not measured here; benchmarks then report 0 cpu-ns/product.
func cpuTime() time.Duration { return 0 }
