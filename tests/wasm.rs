//! The wasm boundary under Node (wasm-bindgen-test): plain objects out, UTF-16 offsets, options
//! checked. Run with `cargo test --target wasm32-unknown-unknown --test wasm`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use newslens::wasm::analyze;

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).expect("results are plain objects")
}

fn number(value: &JsValue, name: &str) -> u32 {
    field(value, name).as_f64().expect("offsets are numbers") as u32
}

#[wasm_bindgen_test]
fn offsets_slice_the_js_string_through_emoji_and_accents() {
    let text = "Zelensky’s 🙂 plan was naïve. 東京は大きい。 Done.";
    let analysis = analyze(text, JsValue::UNDEFINED).expect("default options are valid");
    let js_text = JsString::from(text);
    for list in ["sentences", "tokens"] {
        let items: Array = field(&analysis, list).dyn_into().expect("a list is an array");
        assert!(items.length() > 0);
        for item in items.iter() {
            let slice = js_text.slice(number(&item, "start"), number(&item, "end"));
            assert_eq!(JsValue::from(slice), field(&item, "text"));
        }
    }
}

#[wasm_bindgen_test]
fn stats_are_camel_case_numbers() {
    let analysis = analyze("One two. Three.", JsValue::NULL).expect("null options are the defaults");
    let stats = field(&analysis, "stats");
    assert_eq!(number(&stats, "words"), 3);
    assert_eq!(number(&stats, "sentences"), 2);
    assert!(field(&stats, "readingMinutes").as_f64().is_some());
}

#[wasm_bindgen_test]
fn unknown_and_mistyped_options_are_errors() {
    let options = Object::new();
    Reflect::set(&options, &"keyphrase".into(), &5.into()).expect("setting a field on a new object");
    assert!(analyze("x", options.into()).is_err());
    let options = Object::new();
    Reflect::set(&options, &"tokens".into(), &"yes".into()).expect("setting a field on a new object");
    assert!(analyze("x", options.into()).is_err());
    assert!(analyze("x", JsValue::from(3)).is_err());
}

#[wasm_bindgen_test]
fn tokens_can_be_left_out() {
    let options = Object::new();
    Reflect::set(&options, &"tokens".into(), &false.into()).expect("setting a field on a new object");
    let analysis = analyze("One two.", options.into()).expect("tokens: false is valid");
    let tokens: Array = field(&analysis, "tokens").dyn_into().expect("tokens is an array");
    assert_eq!(tokens.length(), 0);
}

#[wasm_bindgen_test]
fn the_compact_result_holds_the_same_token_offsets_as_a_uint32_array() {
    use newslens::wasm::analyze_compact;
    let text = "Zelensky’s 🙂 plan was naïve. 東京は大きい。 Done.";
    let full = analyze(text, JsValue::UNDEFINED).expect("default options are valid");
    let compact = analyze_compact(text, JsValue::UNDEFINED).expect("default options are valid");
    let tokens: Array = field(&full, "tokens").dyn_into().expect("tokens is an array");
    let offsets: js_sys::Uint32Array = field(&compact, "tokens").dyn_into().expect("compact tokens are a Uint32Array");
    assert_eq!(offsets.length(), 2 * tokens.length());
    for (i, token) in tokens.iter().enumerate() {
        assert_eq!(offsets.get_index(2 * i as u32), number(&token, "start"));
        assert_eq!(offsets.get_index(2 * i as u32 + 1), number(&token, "end"));
    }
    for name in
        ["sentences", "keyphrases", "mentions", "entities", "stats", "sentiment", "language", "paragraphs", "summary"]
    {
        let json = |value: &JsValue| String::from(js_sys::JSON::stringify(&field(value, name)).expect("plain data"));
        assert_eq!(json(&full), json(&compact), "{name}");
    }
    let options = Object::new();
    Reflect::set(&options, &"tokens".into(), &false.into()).expect("setting a field on a new object");
    let without: js_sys::Uint32Array =
        field(&analyze_compact(text, options.into()).expect("tokens: false is valid"), "tokens")
            .dyn_into()
            .expect("a Uint32Array");
    assert_eq!(without.length(), 0);
}
