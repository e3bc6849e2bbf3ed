package script

import "testing"

func TestClasses(t *testing.T) {
	tests := []struct {
		r                     rune
		fold                  rune
		space, unspaced, word bool
	}{
		{'A', 'a', false, false, true},
		{'’', '\'', false, false, false},
		{'É', 'é', false, false, true},
		{'Ａ', 'ａ', false, false, true},
		{'中', '中', false, true, false},
		{'ก', 'ก', false, true, false},
		{'한', '한', false, true, false},
		{'　', '　', true, false, false},
		{' ', ' ', true, false, false},
		{'7', '7', false, false, true},
		{'ı', 'i', false, false, true},
		{'İ', 'i', false, false, true},
		{'I', 'i', false, false, true},
		{'Ж', 'ж', false, false, true},
		{'ё', 'е', false, false, true},
		{'Ё', 'е', false, false, true},
		{'إ', 'ا', false, false, true},
		{'أ', 'ا', false, false, true},
		{'آ', 'ا', false, false, true},
		{'ة', 'ه', false, false, true},
		{'ى', 'ي', false, false, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			if got := Fold(tt.r); got != tt.fold {
				t.Errorf("Fold = %q, want %q", got, tt.fold)
			}
			if IsSpace(tt.r) != tt.space || Unspaced(tt.r) != tt.unspaced || IsWord(tt.r, false) != tt.word {
				t.Errorf("IsSpace %v Unspaced %v IsWord %v", IsSpace(tt.r), Unspaced(tt.r), IsWord(tt.r, false))
			}
		})
	}
	if !IsWord('\'', true) || IsWord('\'', false) {
		t.Error("apostrophe option ignored")
	}
}
