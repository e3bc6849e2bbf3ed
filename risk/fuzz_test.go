package risk

import (
	"bytes"
	"strings"
	"testing"
)

func FuzzReadCSV(f *testing.F) {
	f.Add("late,weather_severity,carrier\n1,3,DHL\n0,,\n")
	f.Add("ID,Warehouse_block,Mode_of_Shipment,Customer_care_calls,Customer_rating,Cost_of_the_Product,Prior_purchases,Product_importance,Gender,Discount_offered,Weight_in_gms,Reached.on.Time_Y.N\n1,D,Flight,4,2,177,3,low,F,44,1233,1\n")
	f.Fuzz(func(t *testing.T, s string) {
		ds, err := ReadCSV(strings.NewReader(s), "")
		if err == nil && (len(ds.X) != len(ds.Y) || len(ds.X) == 0) {
			t.Fatalf("%d rows, %d labels", len(ds.X), len(ds.Y))
		}
	})
}

func FuzzLoad(f *testing.F) {
	m := MustTrain(f, toy(200, 1, func(x Features) bool { return x[DistanceKm] > 50 }), quick)
	_, raw := MustRoundTrip(f, m)
	f.Add(raw)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(bytes.NewReader(b))
		if err == nil {
			m.Score(Unknown()) // a model that loads must score without panicking
		}
	})
}
