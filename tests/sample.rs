//! The bundled sample against its expected JSON (examples/sample/*.json):
//! every field the JSON contract names, compared exactly.

use serde_json::Value;

const TEXT: &str = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");
const EXPECTED: &str = include_str!("../examples/sample/ndtv-lavrov-de-mistura.json");

/// Keeps only the contract's fields, so that extra fields may be added.
fn contract(v: &Value) -> Value {
    let pick = |v: &Value, keys: &[&str]| -> Value {
        let mut m = serde_json::Map::new();
        for k in keys {
            if let Some(x) = v.get(*k) {
                m.insert(k.to_string(), x.clone());
            }
        }
        Value::Object(m)
    };
    let text_span = |v: &Value| {
        if v.is_null() {
            Value::Null
        } else {
            pick(v, &["text", "span"])
        }
    };
    let quotes = v["quotes"].as_array().unwrap().iter().map(|q| {
        let mut out = pick(q, &["text", "span", "paragraph", "to"]);
        out["cue"] = text_span(&q["cue"]);
        let s = &q["speaker"];
        out["speaker"] = if s.is_null() {
            Value::Null
        } else {
            let mut sp = pick(s, &["name", "role", "via"]);
            sp["mention"] = text_span(&s["mention"]);
            sp
        };
        out
    });
    serde_json::json!({
        "headline": text_span(&v["headline"]),
        "source": text_span(&v["source"]),
        "dateline": if v["dateline"].is_null() { Value::Null } else { pick(&v["dateline"], &["text", "span", "place", "date"]) },
        "paragraphs": v["paragraphs"].as_array().unwrap().iter().map(text_span).collect::<Vec<_>>(),
        "quotes": quotes.collect::<Vec<_>>(),
        "removed": v["removed"].as_array().unwrap().iter().map(|r| pick(r, &["reason", "span", "of"])).collect::<Vec<_>>(),
    })
}

#[test]
fn sample_matches_expected_json() {
    let article = newsparse::parse(TEXT).unwrap();
    let got = contract(&serde_json::to_value(&article).unwrap());
    let expected = contract(&serde_json::from_str(EXPECTED).unwrap());
    for key in [
        "headline",
        "source",
        "dateline",
        "paragraphs",
        "removed",
        "quotes",
    ] {
        assert_eq!(got[key], expected[key], "field {key}");
    }
}
