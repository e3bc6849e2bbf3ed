package translate

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kefu-ai/kefu"
)

var _ Translator = (*Apertium)(nil)

// DefaultApertiumModes is where Debian's apertium-* packages install the
// translation modes (one "<from>-<to>.mode" file per direction).
const DefaultApertiumModes = "/usr/share/apertium/modes"

// ApertiumConfig configures an Apertium provider. Zero fields take the
// defaults noted beside them.
type ApertiumConfig struct {
	ModesDir string        // directory of *.mode files; DefaultApertiumModes
	Procs    int           // warm processes per language pair; 2
	Timeout  time.Duration // per request, including a cold start; 10s
	MaxBytes int           // longest input text in bytes; 16 KiB
	Logger   *slog.Logger  // discards when nil
}

// Pair is a translation direction between two base language codes.
type Pair struct {
	From, To string
}

// Apertium translates with a local Apertium installation. Each language
// pair has a small pool of long-lived pipelines running in null-flush
// mode (every tool of the mode started with -z): a request writes one
// record ending in a NUL byte and reads the translation up to the next
// NUL, so a warm translation costs milliseconds instead of the ~0.2 s of
// starting the dozen processes of a pipeline. A process serves one
// request at a time; one that died, timed out or lost framing is killed
// and replaced on the next request. Safe for concurrent use.
type Apertium struct {
	cfg    ApertiumConfig
	log    *slog.Logger
	pools  map[Pair]*apertiumPool // read-only after NewApertium
	closed chan struct{}          // closed by Close

	mu   sync.Mutex                 // guards live and the closing check before a start
	live map[*apertiumProc]struct{} // running processes, killed by Close
	once sync.Once
}

// apertiumPool is the pool of one language pair. slots holds exactly
// cfg.Procs entries when idle; a nil entry is a process not yet started.
type apertiumPool struct {
	mode  string
	slots chan *apertiumProc

	mu     sync.Mutex // guards script
	script string     // the mode's pipeline with -z, made on first start
}

// NewApertium returns a provider for the pairs installed in cfg.ModesDir.
// It fails with a kefu.ENOTIMPLEMENTED-coded error when Apertium or any
// pair is missing. Processes start on first use (see Warm).
func NewApertium(cfg ApertiumConfig) (*Apertium, error) {
	const op = "translate.NewApertium"
	if cfg.ModesDir == "" {
		cfg.ModesDir = DefaultApertiumModes
	}
	if cfg.Procs <= 0 {
		cfg.Procs = 2
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 16 << 10
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	for _, bin := range []string{"bash", "apertium-wblank-mode"} {
		if _, err := exec.LookPath(bin); err != nil {
			return nil, &kefu.Error{Code: kefu.ENOTIMPLEMENTED, Op: op, Message: "Apertium is not installed", Err: err}
		}
	}
	files, err := filepath.Glob(filepath.Join(cfg.ModesDir, "*.mode"))
	if err != nil {
		return nil, kefu.E(op, err)
	}
	sort.Strings(files) // deterministic choice when two packages cover a pair
	a := &Apertium{cfg: cfg, log: log, pools: map[Pair]*apertiumPool{},
		closed: make(chan struct{}), live: map[*apertiumProc]struct{}{}}
	for _, f := range files {
		p, ok := parseMode(strings.TrimSuffix(filepath.Base(f), ".mode"))
		if !ok {
			continue
		}
		if _, dup := a.pools[p]; dup {
			continue
		}
		pool := &apertiumPool{mode: f, slots: make(chan *apertiumProc, cfg.Procs)}
		for range cfg.Procs {
			pool.slots <- nil
		}
		a.pools[p] = pool
	}
	if len(a.pools) == 0 {
		return nil, &kefu.Error{Code: kefu.ENOTIMPLEMENTED, Op: op,
			Message: "no Apertium language pair installed in " + cfg.ModesDir}
	}
	return a, nil
}

// parseMode maps a mode name such as "eng-spa" to a pair of base codes. It
// rejects variants ("spa-eng_US") and debugging modes ("eng-spa-tagger").
func parseMode(name string) (Pair, bool) {
	from, to, ok := strings.Cut(name, "-")
	if !ok || !isCode(from) || !isCode(to) {
		return Pair{}, false
	}
	return Pair{Base(from), Base(to)}, true
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// Pairs returns the installed directions, sorted.
func (a *Apertium) Pairs() []Pair {
	ps := make([]Pair, 0, len(a.pools))
	for p := range a.pools {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].From != ps[j].From {
			return ps[i].From < ps[j].From
		}
		return ps[i].To < ps[j].To
	})
	return ps
}

// Supports reports whether a pair is installed.
func (a *Apertium) Supports(from, to string) bool {
	_, ok := a.pools[Pair{Base(from), Base(to)}]
	return ok
}

// Warm starts one process for the pair, so that the first request does
// not pay the start.
func (a *Apertium) Warm(ctx context.Context, from, to string) error {
	_, err := a.Translate(ctx, Request{Text: "ok", From: from, To: to})
	return err
}

// Translate translates req.Text. Unknown words are copied without
// Apertium's '*', '#' and '@' marks; NUL bytes and control characters in
// the input become spaces.
func (a *Apertium) Translate(ctx context.Context, req Request) (Result, error) {
	const op = "translate.Apertium"
	from, to := Base(req.From), Base(req.To)
	pool, ok := a.pools[Pair{from, to}]
	if !ok {
		return Result{}, errNoPair(op, from, to)
	}
	if len(req.Text) > a.cfg.MaxBytes {
		return Result{}, &kefu.Error{Code: kefu.ETOOLARGE, Op: op,
			Message: fmt.Sprintf("text over %d bytes", a.cfg.MaxBytes)}
	}
	res := Result{From: from, To: to, Provider: "apertium", Machine: true}
	in, stop := toStream(req.Text)
	if in == nil {
		return res, nil // nothing but blanks
	}
	deadline := time.Now().Add(a.cfg.Timeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()

	var p *apertiumProc
	select {
	case p = <-pool.slots:
	case <-ctx.Done():
		return Result{}, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "translation timed out", Err: ctx.Err()}
	case <-a.closed:
		return Result{}, &kefu.Error{Code: kefu.EUNAVAILABLE, Op: op, Message: "translator closed"}
	}
	// Whatever happens, the slot goes back: a broken process as nil.
	defer func() { pool.slots <- p }()
	if p != nil && p.exited() {
		a.log.Warn("apertium process exited; restarting", slog.String("mode", pool.mode))
		a.drop(p)
		p = nil
	}
	if p == nil {
		var err error
		if p, err = a.start(pool); err != nil {
			return Result{}, kefu.E(op, err)
		}
	}
	out, err := p.roundTrip(ctx, in)
	if err != nil {
		a.drop(p)
		p = nil
		code := kefu.EINTERNAL
		if errors.Is(err, os.ErrDeadlineExceeded) || ctx.Err() != nil {
			code = kefu.EUNAVAILABLE
		}
		return Result{}, &kefu.Error{Code: code, Op: op, Message: "apertium failed", Err: err}
	}
	res.Text = stripMarks(fromStream(out, stop), req.Text)
	return res, nil
}

// Close stops every process. Requests in flight fail; later ones fail
// with kefu.EUNAVAILABLE.
func (a *Apertium) Close() error {
	a.once.Do(func() {
		a.mu.Lock()
		close(a.closed)
		procs := make([]*apertiumProc, 0, len(a.live))
		for p := range a.live {
			procs = append(procs, p)
		}
		clear(a.live)
		a.mu.Unlock()
		var wg sync.WaitGroup
		for _, p := range procs {
			wg.Add(1)
			go func() { defer wg.Done(); p.stop(2 * time.Second) }()
		}
		wg.Wait()
	})
	return nil
}

// start launches a process for pool and registers it in a.live.
func (a *Apertium) start(pool *apertiumPool) (*apertiumProc, error) {
	pool.mu.Lock()
	if pool.script == "" {
		out, err := exec.Command("apertium-wblank-mode", "-z", pool.mode).Output()
		if err != nil {
			pool.mu.Unlock()
			return nil, fmt.Errorf("apertium-wblank-mode %s: %w", pool.mode, err)
		}
		pool.script = string(out)
	}
	script := pool.script
	pool.mu.Unlock()

	a.mu.Lock()
	defer a.mu.Unlock()
	select {
	case <-a.closed:
		return nil, &kefu.Error{Code: kefu.EUNAVAILABLE, Message: "translator closed"}
	default:
	}
	p, err := startProc(script)
	if err != nil {
		return nil, err
	}
	a.live[p] = struct{}{}
	a.log.Debug("apertium process started", slog.String("mode", pool.mode), slog.Int("pid", p.cmd.Process.Pid))
	return p, nil
}

// drop kills p and forgets it.
func (a *Apertium) drop(p *apertiumProc) {
	a.mu.Lock()
	delete(a.live, p)
	a.mu.Unlock()
	p.kill()
}

// apertiumProc is one running pipeline. Its pipe ends are non-blocking
// *os.File values, so deadlines interrupt reads and writes.
type apertiumProc struct {
	cmd    *exec.Cmd
	stdin  *os.File
	stdout *os.File
	r      *bufio.Reader
	done   chan struct{} // closed when the shell has exited
}

// startProc runs the pipeline in its own process group so that kill
// reaches every stage. "-n" makes the generator omit unknown-word marks.
func startProc(script string) (*apertiumProc, error) {
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, err
	}
	cmd := exec.Command("bash", "-c", script, "kefu-apertium", "-n", "")
	cmd.Stdin, cmd.Stdout = inR, outW
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	inR.Close()
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, err
	}
	p := &apertiumProc{cmd: cmd, stdin: inW, stdout: outR, r: bufio.NewReader(outR), done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(p.done) }()
	return p, nil
}

func (p *apertiumProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// roundTrip writes one NUL-terminated record and reads the answer up to
// its NUL. ctx's deadline or cancellation interrupts both.
func (p *apertiumProc) roundTrip(ctx context.Context, in []byte) ([]byte, error) {
	if d, ok := ctx.Deadline(); ok {
		_ = p.stdin.SetWriteDeadline(d)
		_ = p.stdout.SetReadDeadline(d)
	}
	stop := context.AfterFunc(ctx, func() {
		_ = p.stdin.SetWriteDeadline(time.Unix(1, 0))
		_ = p.stdout.SetReadDeadline(time.Unix(1, 0))
	})
	defer stop()
	if _, err := p.stdin.Write(in); err != nil {
		return nil, err
	}
	out, err := p.r.ReadBytes(0)
	if err != nil {
		return nil, err
	}
	return out[:len(out)-1], nil
}

// kill ends every stage at once, for a process in an unknown state.
func (p *apertiumProc) kill() {
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	p.stdin.Close()
	p.stdout.Close()
}

// stop closes the input so that the stages exit in order, and kills them
// after grace.
func (p *apertiumProc) stop(grace time.Duration) {
	p.stdin.Close()
	select {
	case <-p.done:
	case <-time.After(grace):
	}
	p.kill()
	<-p.done
}

// toStream formats text as an Apertium stream record: reserved characters
// escaped, line breaks and tabs kept in superblanks, NULs and other
// control characters replaced by spaces, a full stop added when the text
// does not end a sentence (stop reports it), an empty superblank that
// makes the tagger flush, and the NUL that ends the record. It returns nil
// for a blank text.
func toStream(text string) (rec []byte, stop bool) {
	text = strings.TrimSpace(strings.ToValidUTF8(text, "\uFFFD"))
	if text == "" {
		return nil, false
	}
	var b bytes.Buffer
	b.Grow(len(text) + 8)
	for _, r := range text {
		switch {
		case r == '\n' || r == '\t':
			b.WriteByte('[')
			b.WriteRune(r)
			b.WriteByte(']')
		case r == '\r':
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case strings.ContainsRune(`\[]{}^$/<>@`, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '~':
			b.WriteString("[~]")
		default:
			b.WriteRune(r)
		}
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	if !strings.ContainsRune(".?!…。？！;:", last) {
		b.WriteByte('.')
		stop = true
	}
	b.WriteString("[]\x00")
	return b.Bytes(), stop
}

// fromStream turns a translated record back into text: escapes and
// superblanks resolved, runs of spaces collapsed, the full stop toStream
// added removed.
func fromStream(out []byte, stop bool) string {
	var b strings.Builder
	s := string(out)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case '[':
			for i++; i < len(s) && s[i] != ']'; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
			}
		case 0:
		default:
			b.WriteByte(c)
		}
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' }), " ")
	}
	t := strings.TrimSpace(strings.Join(lines, "\n"))
	if stop {
		t = strings.TrimSpace(strings.TrimSuffix(t, "."))
	}
	return t
}

// stripMarks removes Apertium's unknown-word marks ('*' not analysed, '@'
// not in the bilingual dictionary, '#' not generated) in case a mode
// emits them despite -n. A mark is removed only where it precedes a word
// that the source contains without that mark, so a user's own "#tag" or
// "*word*" survives.
func stripMarks(out, src string) string {
	if !strings.ContainsAny(out, "*#@") {
		return out
	}
	var b strings.Builder
	prev := ' '
	for i, r := range out {
		if strings.ContainsRune("*#@", r) && !isWord(prev) {
			rest := out[i+1:]
			end := strings.IndexFunc(rest, func(r rune) bool { return !isWord(r) })
			if end < 0 {
				end = len(rest)
			}
			w := rest[:end]
			if w != "" && strings.Contains(src, w) && !strings.Contains(src, string(r)+w) {
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
