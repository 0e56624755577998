//! Time and peak memory of `analyze` (with the UTF-16 conversion the wasm layer adds) over
//! each kind of hostile input at 1× and 10× the size, and their ratios: 10× the input must
//! cost at most about 12× (issue 10). Every kind is built at the same byte size, 2 MB and
//! 20 MB by default: smaller inputs fit in the CPU caches and their ratios measure the cache,
//! not the algorithm; for the same reason each run starts with cold caches, and the program
//! runs itself again with glibc's malloc told to keep freed memory rather than unmap it (else
//! only the 10× run, whose buffers pass glibc's 32 MB mmap ceiling, pays for fresh pages).
//! Times are the best of a few runs, since the machine is shared.
//!
//!     cargo run --release --example gallery [-- RUNS [MB]]
//!
//! Exits with status 1 if a time ratio is above 12.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use newslens::{analyze, OffsetMap, OffsetUnit, Options};

#[allow(dead_code)] // the example uses only `sized`
#[path = "../tests/gallery/inputs.rs"]
mod inputs;

/// The allocator, counting live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Best time in seconds over `runs`, and the peak bytes allocated during one run beyond what
/// was live before it (the analysis with its UTF-16 conversion, as the wasm layer does it).
fn measure(text: &str, runs: usize, scratch: &mut [u8]) -> (f64, usize) {
    let mut best = f64::INFINITY;
    let mut peak = 0;
    for run in 0..runs {
        // Every run starts with cold caches, so a 2 MB text does not gain from sitting in the
        // CPU's cache where a 20 MB one cannot.
        scratch.iter_mut().for_each(|b| *b = b.wrapping_add(run as u8 | 1));
        std::hint::black_box(&scratch);
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        let mut analysis = analyze(text, &Options::default());
        analysis.convert_offsets(&OffsetMap::new(text, OffsetUnit::Utf16));
        best = best.min(started.elapsed().as_secs_f64());
        peak = peak.max(PEAK.load(Ordering::Relaxed) - before);
        drop(analysis);
    }
    (best, peak)
}

const TUNABLES: &str = "glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=68719476736";

fn main() {
    if std::env::var_os("GLIBC_TUNABLES").is_none() {
        let status = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe).args(std::env::args_os().skip(1)).env("GLIBC_TUNABLES", TUNABLES).status()
        });
        match status {
            Ok(status) => std::process::exit(status.code().unwrap_or(1)),
            Err(error) => eprintln!("could not run again with GLIBC_TUNABLES ({error}); measuring as is"),
        }
    }
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let megabytes: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(2);
    // The models load on the first call: not part of any input's figures.
    drop(analyze("Warm up.", &Options::default()));
    let small = inputs::sized(megabytes << 20);
    let large = inputs::sized((10 * megabytes) << 20);
    println!(
        "{:<36} {:>10} {:>9} {:>9} {:>6} {:>9} {:>9} {:>6} {:>8}",
        "input", "bytes 10×", "ms 1×", "ms 10×", "time×", "MB 1×", "MB 10×", "mem×", "MB/s"
    );
    let mut scratch = vec![0u8; 256 << 20];
    let mut worst: f64 = 0.0;
    for (small, large) in small.iter().zip(&large) {
        let (t1, m1) = measure(&small.text, runs, &mut scratch);
        let (t10, m10) = measure(&large.text, runs, &mut scratch);
        // Inputs too small to time (the empty text) have no meaningful ratio.
        let ratio = if t1 > 1e-5 { t10 / t1 } else { 0.0 };
        worst = worst.max(ratio);
        let mem_ratio = if m1 > 0 { m10 as f64 / m1 as f64 } else { 0.0 };
        let speed = if t10 > 0.0 { large.text.len() as f64 / t10 / 1e6 } else { 0.0 };
        println!(
            "{:<36} {:>10} {:>9.2} {:>9.2} {:>6.2} {:>9.1} {:>9.1} {:>6.2} {:>8.1}",
            large.name,
            large.text.len(),
            t1 * 1e3,
            t10 * 1e3,
            ratio,
            m1 as f64 / 1e6,
            m10 as f64 / 1e6,
            mem_ratio,
            speed
        );
    }
    println!("worst time ratio 10×/1×: {worst:.2} (target: at most about 12)");
    if worst > 12.0 {
        std::process::exit(1);
    }
}
