package lang

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	nludata "github.com/kefu-ai/kefu/data/nlu"
)

// Cantonese evidence. Characters that written Mandarin practically never
// uses count one each; 係 and 俾 also occur in Traditional Mandarin (關係,
// 俾使) and count only outside those words; the words count one each.
const (
	yueChars = "冇嘅咗唔佢啲嚟喺嘢哋嗰咁乜咩睇攞搵揾冚畀啱諗嘥咪嚿噉啩喎囉嗮餸靚"
	yueWeak  = "係系俾"
	yueWords = "點解 点解 幾時 几时 點樣 点样 邊度 边度 邊個 边个 唔該 唔该 乜嘢 乜野 係咪 系咪 係唔係 系唔系 有冇 仲未 仲有 而家 依家 今日 聽日 听日 琴日 尋日 寻日 邊間 边间 咁樣 咁样 好彩 鍾意 钟意 揸 幾耐 几耐 幾錢 几钱 幾多 几多 呢個 呢个 呢兩 呢两 呢款 呢度 呢件 點去 点去 邊款 边款 好食 難食 难食 食到 入面 寫住 写住 得返 換過 换过 有陣 有阵 薄過 薄过 大過 大过 貴過 贵过"
	// jaKanji are Japanese shinjitai forms that Chinese does not use: a Han
	// message written with them is Japanese even without kana.
	jaKanji = "円込払駅売読図変関済験価帰気対様発楽薬広県団転訳営伝覧歳検"
)

// hanModel tells Simplified Mandarin, Traditional Mandarin and Cantonese
// apart.
type hanModel struct {
	trad     map[rune]bool // changes under Traditional→Simplified
	simp     map[rune]bool // used only by Simplified text (t2s/simplified.txt)
	yue      map[rune]bool
	yueWeak  map[rune]bool
	yueWords []string
	ja       map[rune]bool
	langs    [3]string // zh, zh-Hant, yue: the order of the scores in detect
}

func newHanModel() (*hanModel, error) {
	m := &hanModel{trad: map[rune]bool{}, simp: map[rune]bool{}, yue: map[rune]bool{}, yueWeak: map[rune]bool{}, ja: map[rune]bool{}, langs: [3]string{"zh", "zh-Hant", "yue"}}
	f, err := nludata.Files.Open("t2s/t2s.tsv")
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		t, s, ok := strings.Cut(line, "\t")
		_ = s
		if !ok || utf8.RuneCountInString(t) != 1 || utf8.RuneCountInString(s) != 1 {
			return nil, fmt.Errorf("lang: t2s/t2s.tsv:%d: want one character, a tab and one character", n)
		}
		tr, _ := utf8.DecodeRuneInString(t)

		m.trad[tr] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lang: t2s/t2s.tsv: %w", err)
	}
	b, err := fs.ReadFile(nludata.Files, "t2s/simplified.txt")
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if r, size := utf8.DecodeRuneInString(line); size > 0 && size == len(line) && r != '#' {
			m.simp[r] = true
		}
	}
	for _, r := range yueChars {
		m.yue[r] = true
	}
	for _, r := range yueWeak {
		m.yueWeak[r] = true
	}
	for _, r := range jaKanji {
		m.ja[r] = true
	}
	m.yueWords = strings.Fields(yueWords)
	return m, nil
}

// detect decides among zh, zh-Hant and yue (and ja for shinjitai-only
// kanji). Cantonese markers win over script: Cantonese is written in
// Traditional and in Simplified characters.
func (m *hanModel) detect(text, hint string) Result {
	var trad, simp, ja int
	yue := 0.0
	prev := rune(0)
	for _, r := range text {
		switch {
		case m.yue[r]:
			yue++
		case m.yueWeak[r]:
			// 關係/关系/聯係/體系 and 俾使 are Mandarin.
			if prev != '關' && prev != '关' && prev != '聯' && prev != '联' && prev != '體' && prev != '体' && prev != '派' {
				yue += 0.5
			}
		}
		if m.trad[r] {
			trad++
		} else if m.simp[r] {
			simp++
		}
		if m.ja[r] {
			ja++
		}
		prev = r
	}
	for _, w := range m.yueWords {
		if strings.Contains(text, w) {
			yue++
		}
	}
	if ja > 0 && yue == 0 && ja >= trad+simp {
		return Result{Lang: "ja", Confidence: 0.7, Alternatives: []Score{{"zh", 0.2}}}
	}
	var p [3]float64
	switch {
	case yue >= 1:
		c := 0.8
		if yue >= 2 {
			c = 0.95
		}
		p[2] = c
		if trad > simp {
			p[1] = 1 - c
		} else {
			p[0] = 1 - c
		}
	case trad > simp:
		c := 0.85
		if trad >= 2 {
			c = 0.95
		}
		if yue > 0 {
			c -= 0.15
			p[2] = 0.15
		}
		p[1] = c
		p[0] = 1 - c - p[2]
	case simp > trad:
		c := 0.85
		if simp >= 2 {
			c = 0.95
		}
		p[0] = c
		p[1] = (1 - c) / 2
		p[2] = (1 - c) / 2
	default:
		// The same characters in both scripts ("你好"): the conversation's
		// variant if it is a Han one, else Simplified.
		switch hint {
		case "zh-Hant":
			p = [3]float64{0.25, 0.6, 0.15}
		case "yue":
			p = [3]float64{0.2, 0.2, 0.6}
		default:
			p = [3]float64{0.6, 0.25, 0.15}
		}
	}
	r := topScores(m.langs[:], p[:], 0)
	r.Confidence = p[indexOf(m.langs[:], r.Lang)]
	return r
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
