//! `newslens._newslens`: the native half of the Python package `newslens`.
//!
//! A thin layer over the Rust core, as `src/wasm.rs` is for JavaScript: texts come in as Python
//! `str` or `bytes`, are analysed with the GIL released, and go back as the CLI's JSON (offsets
//! in code points, Python's string unit) or, for Arrow, as one dict per row in the shape of the
//! package's Arrow schema (`row.rs`). The Python side (`newslens/__init__.py`) owns the public
//! API, the options and the Arrow arrays.
//!
//! Nothing here keeps state: no thread pool is created at import or kept between calls (each
//! call with `threads > 1` starts scoped threads and joins them), so a process forked after a
//! call, as Spark and multiprocessing do, starts clean.
#![deny(clippy::unwrap_used)]

mod batch;
mod row;
mod text;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use newslens::Options;

/// Reads the options the Python side wrote as JSON (the CLI's `--options` object).
fn options(json: &str) -> PyResult<Options> {
    serde_json::from_str(json).map_err(|error| PyValueError::new_err(format!("invalid newslens option: {error}")))
}

/// The analysis of `text` as JSON (offsets in code points).
#[pyfunction]
fn analyze_json(py: Python<'_>, text: &Bound<'_, PyString>, options_json: &str) -> PyResult<String> {
    let options = options(options_json)?;
    let text = text::from_str(text)?;
    Ok(py.detach(|| batch::json(&text, &options)))
}

/// The analysis of each text as JSON, on up to `threads` threads with the GIL released.
#[pyfunction]
fn analyze_many_json(
    py: Python<'_>,
    texts: &Bound<'_, PyList>,
    options_json: &str,
    threads: usize,
) -> PyResult<Vec<String>> {
    let options = options(options_json)?;
    let texts = texts.iter().map(|item| text::from_str(item.cast::<PyString>()?)).collect::<PyResult<Vec<_>>>()?;
    Ok(py.detach(|| batch::map(&texts, threads, |text| batch::json(text, &options))))
}

/// One row per item (`bytes`, `str` or `None`): a dict with the schema's fields, or with only
/// `error` when the item could not be analysed (invalid UTF-8, more than `max_chars`
/// characters); for `None`, `None`, or an error row saying `null_error` when that is given.
#[pyfunction]
#[pyo3(signature = (items, options_json, threads, max_chars=None, null_error=None))]
fn analyze_rows<'py>(
    py: Python<'py>,
    items: &Bound<'py, PyList>,
    options_json: &str,
    threads: usize,
    max_chars: Option<usize>,
    null_error: Option<&str>,
) -> PyResult<Vec<Option<Bound<'py, PyAny>>>> {
    let options = options(options_json)?;
    let inputs = items.iter().map(|item| text::Input::read(&item)).collect::<PyResult<Vec<_>>>()?;
    let outcomes = py.detach(|| {
        batch::map(&inputs, threads, |input| match input.text(max_chars) {
            None => None,
            Some(Ok(text)) => Some(Ok(row::Row::new(text, &options))),
            Some(Err(error)) => Some(Err(error)),
        })
    });
    outcomes
        .into_iter()
        .map(|outcome| match outcome {
            None => null_error.map(|message| row::error(py, message)).transpose(),
            Some(Ok(row)) => row.into_py(py).map(Some),
            Some(Err(error)) => row::error(py, &error).map(Some),
        })
        .collect()
}

/// The version of the Rust core.
#[pyfunction]
fn version() -> &'static str {
    newslens::VERSION
}

#[pymodule]
fn _newslens(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(analyze_json, module)?)?;
    module.add_function(wrap_pyfunction!(analyze_many_json, module)?)?;
    module.add_function(wrap_pyfunction!(analyze_rows, module)?)?;
    module.add_function(wrap_pyfunction!(version, module)?)?;
    Ok(())
}
