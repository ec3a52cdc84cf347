//! The batch example's JSON writer must write exactly what serde_json writes:
//! articles, and every other shape serde can hand it.

#[path = "../examples/support/compact_json.rs"]
mod compact_json;

use proptest::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

fn same<T: Serialize + ?Sized>(value: &T) {
    let want = serde_json::to_vec(value).map_err(|e| e.to_string());
    let mut got = Vec::new();
    let got = compact_json::to_vec(&mut got, value)
        .map(|()| got)
        .map_err(|e| e.to_string());
    match (&want, &got) {
        (Ok(w), Ok(g)) => assert_eq!(
            String::from_utf8_lossy(g),
            String::from_utf8_lossy(w),
            "output differs"
        ),
        (Err(_), Err(_)) => {}
        _ => panic!("serde_json: {want:?}\ncompact_json: {got:?}"),
    }
}

#[derive(Serialize)]
enum Shape {
    Unit,
    Newtype(u8),
    Tuple(i32, String),
    Struct { a: Option<f64>, b: Vec<u8> },
}

#[derive(Serialize)]
struct Wrapper<'a> {
    id: &'a str,
    #[serde(flatten)]
    inner: BTreeMap<&'a str, Shape>,
    unit: (),
    newtype: Newtype,
    tuple: (bool, char, i128, u128),
    #[serde(with = "serde_bytes_as_bytes")]
    bytes: &'a [u8],
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct Newtype(i64);

mod serde_bytes_as_bytes {
    pub fn serialize<S: serde::Serializer>(b: &&[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b)
    }
}

#[test]
fn every_shape() {
    let mut inner = BTreeMap::new();
    inner.insert("u", Shape::Unit);
    inner.insert("n", Shape::Newtype(7));
    inner.insert("t", Shape::Tuple(-3, "x\"y".into()));
    inner.insert(
        "s",
        Shape::Struct {
            a: Some(1.5),
            b: vec![],
        },
    );
    inner.insert(
        "nan",
        Shape::Struct {
            a: Some(f64::NAN),
            b: vec![0, 255],
        },
    );
    same(&Wrapper {
        id: "a\u{1}\u{7f}é\\",
        inner,
        unit: (),
        newtype: Newtype(i64::MIN),
        tuple: (true, '\n', i128::MIN, u128::MAX),
        bytes: b"\x00\xff",
    });
    same(&Vec::<u8>::new());
    same(&BTreeMap::<i32, u8>::from([(-1, 1), (2, 2)]));
    same(&BTreeMap::<bool, ()>::from([(true, ())]));
    same(&BTreeMap::<char, ()>::from([('"', ())]));
    same(&BTreeMap::from([(Some("k"), 1)]));
    same(&BTreeMap::from([(Newtype(5), 1)]));
    same(&[1.0f32, 0.1, f32::INFINITY]);
    same(&[u64::MAX, 0, 10]);
    same(&[i64::MAX, -1, 0]);
    // Keys serde_json refuses are refused.
    same(&BTreeMap::from([((1, 2), 1)]));
    same(&BTreeMap::from([(vec![1], 1)]));
    let mut floats = std::collections::HashMap::new();
    floats.insert(F(1.25), 1);
    same(&floats);
    floats.insert(F(f64::NAN), 2);
    same(&floats);
}

/// A float map key.
#[derive(PartialEq)]
struct F(f64);

impl Eq for F {}

impl std::hash::Hash for F {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.to_bits().hash(h)
    }
}

impl Serialize for F {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0)
    }
}

#[test]
fn articles() {
    let sample = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");
    let texts = [
        sample,
        "Title\n\n\"Quoted,\" she said.\tTab\r\nand \u{1b} control.\n\nReuters\n",
        "MOSCOW (Reuters) - Text with \\ backslash.\n(Reporting by A; Editing by B)\n",
    ];
    for text in texts {
        same(&newsparse::parse(text).unwrap());
    }
}

proptest! {
    #[test]
    fn strings(s in "(\\PC|[\\x00-\\x1f\"\\\\\u{7f}])*") {
        same(&s);
        same(&BTreeMap::from([(s.as_str(), s.len())]));
    }

    #[test]
    fn any_parse(s in "[a-zA-Z \"“”.,\n\r\t\\\\\u{1}-]{0,300}") {
        if let Ok(a) = newsparse::parse(&s) {
            same(&a);
        }
    }
}
