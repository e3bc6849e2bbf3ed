// Package inci reads cosmetic ingredient lists as shops print them
// (free-text INCI: "Water (Aqua), Glycerin, Parfum/Fragrance*, ...") into
// normalised ingredient names, and knows a little about ingredients:
// their functions from an EU CosIng inventory the caller supplies
// (ReadCosIng; the copies we have carry no licence we may ship, so none is
// embedded), and comedogenicity and irritancy ratings (Ratings, embedded:
// MIT-licensed tables from github.com/forbaokhanh/dermscan, notice in
// LICENSE.ratings).
//
// Names are keys, not display text: lower case, parenthesised common
// names removed ("Citrus Aurantifolia (Lime) Extract" is "citrus
// aurantifolia extract", which is also the key of the CosIng entry
// "CITRUS AURANTIFOLIA (LIME) EXTRACT"), hyphens as spaces, marks and
// percentages dropped, and a few synonyms folded (aqua and eau are water,
// parfum is fragrance). Normalize gives the same key for a single name, so
// other tables can be joined on it.
package inci
