package risk

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestMetrics(t *testing.T) {
	tests := []struct {
		name          string
		scores, label []float64
		auc, prec20   float64
	}{
		{"perfect", []float64{0.1, 0.2, 0.8, 0.9, 0.3}, []float64{0, 0, 1, 1, 0}, 1, 1},
		{"reversed", []float64{0.9, 0.8, 0.2, 0.1}, []float64{0, 0, 1, 1}, 0, 0},
		{"all tied", []float64{0.5, 0.5, 0.5, 0.5}, []float64{0, 1, 0, 1}, 0.5, 0},
		{"one swap", []float64{0.1, 0.4, 0.35, 0.8}, []float64{0, 0, 1, 1}, 0.75, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AUC(tt.scores, tt.label); math.Abs(got-tt.auc) > 1e-12 {
				t.Errorf("AUC = %v, want %v", got, tt.auc)
			}
			if got := PrecisionAt(tt.scores, tt.label, 0.2); math.Abs(got-tt.prec20) > 1e-12 {
				t.Errorf("PrecisionAt(0.2) = %v, want %v", got, tt.prec20)
			}
		})
	}
	if !math.IsNaN(AUC([]float64{1, 2}, []float64{1, 1})) {
		t.Error("AUC with one class is not NaN")
	}
}

// TestTrainKnownAnswers trains both families on data whose answer is
// known: a separable rule is ranked perfectly on fresh data, coin flips
// are not ranked at all.
func TestTrainKnownAnswers(t *testing.T) {
	separable := func(f Features) bool { return f[DistanceKm]+10*f[WeatherSeverity] > 60 }
	interaction := func(f Features) bool { return (f[WeatherSeverity] >= 2) != (f[Carrier] == Code("b")) }
	tests := []struct {
		name     string
		family   Family
		rule     func(Features) bool
		min, max float64
	}{
		{"logreg separable", FamilyLogReg, separable, 0.99, 1},
		{"gbt separable", FamilyGBT, separable, 0.98, 1},
		{"gbt interaction", FamilyGBT, interaction, 0.97, 1},
		{"logreg random", FamilyLogReg, nil, 0.44, 0.56},
		{"gbt random", FamilyGBT, nil, 0.44, 0.56},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := quick
			o.Family = tt.family
			m := MustTrain(t, toy(1500, 1, tt.rule), o)
			rep := m.Evaluate(toy(2000, 2, tt.rule), 0.1)
			if rep.AUC < tt.min || rep.AUC > tt.max {
				t.Errorf("dev AUC %.4f, want in [%g, %g]", rep.AUC, tt.min, tt.max)
			}
			if m.Family() != tt.family || m.Meta().Train.N != 1500 {
				t.Errorf("meta %+v", m.Meta())
			}
		})
	}
}

func TestTrainRefusesBadData(t *testing.T) {
	one := toy(100, 1, func(Features) bool { return true })
	if _, err := Train(one, quick); err == nil || !strings.Contains(err.Error(), "one class") {
		t.Errorf("one class: %v", err)
	}
	if _, err := Train(toy(4, 1, nil), quick); err == nil {
		t.Error("4 rows trained")
	}
	o := quick
	o.Family = "forest"
	if _, err := Train(toy(100, 1, nil), o); err == nil {
		t.Error("unknown family trained")
	}
}

func TestModelFileRoundTrip(t *testing.T) {
	rule := func(f Features) bool { return f[WeightG] > 2500 || f[Carrier] == Code("c") }
	test := toy(300, 3, rule)
	for _, fam := range []Family{FamilyGBT, FamilyLogReg} {
		t.Run(string(fam), func(t *testing.T) {
			o := quick
			o.Family, o.Version, o.Created = fam, "toy", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
			m := MustTrain(t, toy(600, 1, rule), o)
			got, raw := MustRoundTrip(t, m)
			for i, x := range test.X {
				if a, b := m.Score(x), got.Score(x); a != b {
					t.Fatalf("row %d: score %v after loading, %v before", i, b, a)
				}
			}
			if got.Meta().Version != "toy" || !got.Meta().Created.Equal(o.Created) || got.Family() != fam {
				t.Errorf("meta after loading: %+v", got.Meta())
			}
			if (got.Baseline() != nil) != (fam == FamilyGBT) {
				t.Errorf("baseline %v", got.Baseline())
			}
			if b := got.Baseline(); b != nil && b.Score(test.X[0]) != m.Baseline().Score(test.X[0]) {
				t.Error("baseline differs after loading")
			}
			_, again := MustRoundTrip(t, got)
			if !bytes.Equal(raw, again) {
				t.Error("saving a loaded model gives other bytes")
			}
		})
	}
}

// TestCorruptFileRefused flips, cuts and replaces bytes of a model file:
// every variant is refused with ErrCorrupt, none panics.
func TestCorruptFileRefused(t *testing.T) {
	m := MustTrain(t, toy(400, 1, func(f Features) bool { return f[DistanceKm] > 50 }), quick)
	_, raw := MustRoundTrip(t, m)
	cases := map[string][]byte{
		"empty":      nil,
		"magic":      append([]byte("KEFUNLUI"), raw[8:]...),
		"truncated":  raw[:len(raw)/2],
		"no crc":     raw[:len(raw)-4],
		"extra byte": append(bytes.Clone(raw), 0),
	}
	for _, at := range []int{8, 12, 20, len(raw) / 3, len(raw) / 2, len(raw) - 40, len(raw) - 1} {
		b := bytes.Clone(raw)
		b[at] ^= 0x40
		cases["flip "+string(rune('0'+at%10))+"@"+itoa(at)] = b
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(b)); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Load: %v, want ErrCorrupt", err)
			}
		})
	}
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		if i /= 10; i == 0 {
			return string(b)
		}
	}
}

func TestScoreDoesNotAllocate(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f := Synthetic(1, 5).X[0]
	f[Carrier] = Code("never-seen")
	if n := testing.AllocsPerRun(100, func() { m.Score(f) }); n != 0 {
		t.Errorf("Score allocates %v times a call", n)
	}
	if b := m.Baseline(); b != nil {
		if n := testing.AllocsPerRun(100, func() { b.Score(f) }); n != 0 {
			t.Errorf("baseline Score allocates %v times a call", n)
		}
	}
}

func TestReadCSV(t *testing.T) {
	ship := "ID,Warehouse_block,Mode_of_Shipment,Customer_care_calls,Customer_rating,Cost_of_the_Product,Prior_purchases,Product_importance,Gender,Discount_offered,Weight_in_gms,Reached.on.Time_Y.N\n" +
		"1,D,Flight,4,2,177,3,low,F,44,1233,1\n2,F,Ship,4,5,216,2,high,M,59,3088,0\n"
	olist := "id,order_products_value,order_freight_value,order_items_qty,order_sellers_qty,order_purchase_timestamp,order_aproved_at,order_estimated_delivery_date,customer_state,customer_zip_code_prefix,product_category_name,review_comment_message,delivered_late\n" +
		"3,99.8,15.86,2,4,2018-01-15 15:50:42.000000,2018-01-17 07:29:56.419769,2018-02-05 00:00:00.000000,SP,122,ferramentas_jardim,\"late, late\",0\n" +
		"4,10,1,1,1,2018-01-15 10:00:00.000000,,2018-01-20 00:00:00.000000,RJ,205,cama_mesa_banho,never came,\n"
	tests := []struct {
		name, data string
		format     Format
		wantFormat Format
		rows       int
		check      func(t *testing.T, ds *Dataset)
		wantErr    string
	}{
		{"shipping detected", ship, "", FormatShipping, 2, func(t *testing.T, ds *Dataset) {
			if f := ds.X[1]; f[Priority] != 2 || f[WeightG] != 3088 || f[Discount] != 59 || f[Carrier] != Code("ship") || ds.Y[1] != 0 || ds.Line[1] != 3 {
				t.Errorf("row 2: %v", f)
			}
		}, ""},
		{"olist detected, undelivered skipped", olist, "", FormatOlist, 1, func(t *testing.T, ds *Dataset) {
			f := ds.X[0]
			if ds.Skipped != 1 || f[PromisedHours] < 488 || f[PromisedHours] > 489 || f[PlacedWeekday] != 1 || f[PlacedHour] != 15 || f[Destination] != Code("SP") || f[ApprovalHours] < 39 || f[ApprovalHours] > 40 {
				t.Errorf("row: %v, skipped %d", f, ds.Skipped)
			}
		}, ""},
		{"features", "late,weather_severity,carrier,fragile,id\n1,3,DHL,1,x\n0,,,0,y\n", "", FormatFeatures, 2, func(t *testing.T, ds *Dataset) {
			if f := ds.X[0]; f[WeatherSeverity] != 3 || f[Carrier] != Code("dhl") || f[Fragile] != 1 || !math.IsNaN(ds.X[1][WeatherSeverity]) {
				t.Errorf("rows: %v", ds.X)
			}
		}, ""},
		{"bad number names line and column", strings.Replace(ship, "3088", "heavy", 1), "", "", 0, nil, `line 3: column Weight_in_gms: "heavy" is not a number`},
		{"bad label", strings.Replace(ship, "3088,0", "3088,yes", 1), "", "", 0, nil, `line 3: column Reached.on.Time_Y.N: label "yes"`},
		{"bad time", strings.Replace(olist, "2018-01-15 15:50:42.000000", "yesterday", 1), "", "", 0, nil, "line 2: column order_purchase_timestamp"},
		{"short record", ship + "3,A,Road\n", "", "", 0, nil, "line 4: wrong number of fields"},
		{"unknown header", "a,b\n1,2\n", "", "", 0, nil, "line 1: header matches none"},
		{"forced format missing column", ship, FormatOlist, "", 0, nil, `line 1: no column "delivered_late"`},
		{"empty", "", "", "", 0, nil, "line 1: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := ReadCSV(strings.NewReader(tt.data), tt.format)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ds.Format != tt.wantFormat || len(ds.X) != tt.rows {
				t.Fatalf("format %s rows %d, want %s %d", ds.Format, len(ds.X), tt.wantFormat, tt.rows)
			}
			tt.check(t, ds)
		})
	}
}

func TestFeaturesOf(t *testing.T) {
	placed := time.Date(2026, 10, 21, 9, 30, 0, 0, time.FixedZone("SGT", 8*3600))
	eta := placed.Add(8*time.Hour + 30*time.Minute)
	o := &kefu.Order{Number: "FF-1", Total: 8450, ShipTo: "SG", PlacedAt: placed, Lines: []kefu.OrderLine{
		{SKU: "SALMON", Quantity: 2, UnitPrice: 2500}, {SKU: "BOWL", Quantity: 1, UnitPrice: 3450}, {SKU: "GONE", Quantity: 1},
	}}
	products := map[string]*kefu.Product{
		"SALMON": {SKU: "SALMON", Name: "Salmon fillet", Category: "seafood", Attributes: map[string]string{"temperature_class": "chilled", "weight_g": "500"}},
		"BOWL":   {SKU: "BOWL", Name: "Porcelain bowl", Category: "kitchen", Attributes: map[string]string{"fragile": "true", "weight_g": "900"}},
	}
	s := &kefu.Shipment{Carrier: "CityCourier", ETA: &eta}
	f := FeaturesOf(o, s, products, Conditions{Forecast: true, Severity: 3, TempC: 33, DistanceKm: 14})
	want := map[Feature]float64{
		WeatherSeverity: 3, AmbientTempC: 33, TempClass: 2, Fragile: 1, DistanceKm: 14, SlotHour: 18,
		PromisedHours: 8.5, PlacedHour: 9, PlacedWeekday: 3, PlacedMonth: 10, WeightG: 1900, ItemCount: 4,
		OrderValue: 84.5, Carrier: Code("citycourier"), Destination: Code("SG"), Category: Code("seafood"),
	}
	for i := range NumFeatures {
		feat := Feature(i)
		w, ok := want[feat]
		if !ok {
			if !math.IsNaN(f[feat]) {
				t.Errorf("%s = %v, want unknown", feat, f[feat])
			}
			continue
		}
		if f[feat] != w {
			t.Errorf("%s = %v, want %v", feat, f[feat], w)
		}
	}
	if u := FeaturesOf(nil, nil, nil, Conditions{}); !math.IsNaN(u[WeatherSeverity]) || !math.IsNaN(u[OrderValue]) {
		t.Errorf("nothing known: %v", u)
	}
	// The shipped model ranks the stormy fragile cold order above a calm
	// ambient one.
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	calm := FeaturesOf(&kefu.Order{Total: 2000, PlacedAt: placed, Lines: []kefu.OrderLine{{SKU: "X", Quantity: 1}}}, nil,
		map[string]*kefu.Product{"X": {SKU: "X", Attributes: map[string]string{"weight_g": "300"}}}, Conditions{Forecast: true, TempC: 26, DistanceKm: 5})
	if hi, lo := m.Score(f), m.Score(calm); hi <= 2*lo {
		t.Errorf("storm score %.3f not well above calm %.3f", hi, lo)
	}
}
