//! Serialisation helpers shared by the result types of every stage. They sit below the stages
//! so that no stage imports the analysis that gathers its results.

/// Serialises a score as the nearest 4-decimal number, so that JSON shows `0.53` rather than
/// the f32's `0.5299999713897705`.
pub(crate) fn rounded<S: serde::Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64((f64::from(*value) * 1e4).round() / 1e4)
}
