//! Texts from Python: `str` (lone surrogates repaired) and Arrow's values as `bytes` (checked
//! UTF-8, with a length limit).

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// The text of a Python `str`. A lone surrogate (which a `str` may hold and UTF-8 cannot)
/// becomes U+FFFD, one code point for one, so code point offsets still index the caller's
/// string.
pub fn from_str(text: &Bound<'_, PyString>) -> PyResult<String> {
    if let Ok(text) = text.to_cow() {
        return Ok(text.into_owned());
    }
    // Code points as UTF-32 with surrogates passed through, then each one that is not a char
    // replaced.
    let wide = text.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = wide.cast::<PyBytes>()?.as_bytes();
    Ok(bytes
        .chunks_exact(4)
        .map(|unit| char::from_u32(u32::from_le_bytes([unit[0], unit[1], unit[2], unit[3]])).unwrap_or('\u{fffd}'))
        .collect())
}

/// One value of an Arrow string column, read on the Python side as `bytes`, `str` or `None`.
pub enum Input {
    Null,
    Bytes(Vec<u8>),
    Text(String),
}

impl Input {
    pub fn read(item: &Bound<'_, PyAny>) -> PyResult<Input> {
        if item.is_none() {
            Ok(Input::Null)
        } else if let Ok(bytes) = item.cast::<PyBytes>() {
            Ok(Input::Bytes(bytes.as_bytes().to_vec()))
        } else if let Ok(text) = item.cast::<PyString>() {
            Ok(Input::Text(from_str(text)?))
        } else {
            Err(PyTypeError::new_err(format!("expected str, bytes or None, got {}", item.get_type().name()?)))
        }
    }

    /// The text to analyse; `None` for a null, an error for invalid UTF-8 or a text longer than
    /// `max_chars` characters.
    pub fn text(&self, max_chars: Option<usize>) -> Option<Result<&str, String>> {
        let text = match self {
            Input::Null => return None,
            Input::Text(text) => text.as_str(),
            Input::Bytes(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(error) => return Some(Err(format!("invalid UTF-8 at byte {}", error.valid_up_to()))),
            },
        };
        if let Some(limit) = max_chars {
            // A text of at most `limit` bytes has at most `limit` chars: no count needed.
            if text.len() > limit {
                let chars = text.chars().count();
                if chars > limit {
                    return Some(Err(format!("text too long: {chars} characters, more than max_chars={limit}")));
                }
            }
        }
        Some(Ok(text))
    }
}
