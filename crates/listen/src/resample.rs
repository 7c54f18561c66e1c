//! Streaming conversion of any sample rate to 16 kHz mono.

use rubato::{FftFixedIn, Resampler};

/// Whisper's input rate.
pub const SAMPLE_RATE: u32 = 16_000;

#[derive(Debug, thiserror::Error)]
pub enum ResampleError {
    #[error("unsupported sample rate {0} Hz")]
    BadRate(u32),
    #[error("resampler: {0}")]
    Rubato(String),
}

/// Converts a mono stream at `rate_in` to 16 kHz, chunk by chunk, with any chunk size.
///
/// Band-limited FFT resampling (rubato's `FftFixedIn`); the filter delay is removed, so
/// output sample `k` corresponds to input time `k / 16000` s. Call [`Self::finish`] at the
/// end of the stream to get the tail.
pub struct Resampler16k {
    inner: Option<FftFixedIn<f32>>,
    pending: Vec<f32>,
    /// Output samples still to discard (the resampler's delay).
    skip: usize,
    consumed_in: u64,
    produced_out: u64,
    rate_in: u32,
}

impl Resampler16k {
    pub fn new(rate_in: u32) -> Result<Self, ResampleError> {
        if !(1_000..=768_000).contains(&rate_in) {
            return Err(ResampleError::BadRate(rate_in));
        }
        let inner = if rate_in == SAMPLE_RATE {
            None
        } else {
            // ~20 ms chunks keep latency low for live capture.
            let chunk = (rate_in as usize / 50).max(64);
            Some(
                FftFixedIn::<f32>::new(rate_in as usize, SAMPLE_RATE as usize, chunk, 2, 1)
                    .map_err(|e| ResampleError::Rubato(e.to_string()))?,
            )
        };
        let skip = inner.as_ref().map_or(0, |r| r.output_delay());
        Ok(Self {
            inner,
            pending: Vec::new(),
            skip,
            consumed_in: 0,
            produced_out: 0,
            rate_in,
        })
    }

    pub fn rate_in(&self) -> u32 {
        self.rate_in
    }

    /// Feed input samples; append whatever 16 kHz output is ready to `out`.
    pub fn push(&mut self, input: &[f32], out: &mut Vec<f32>) -> Result<(), ResampleError> {
        self.consumed_in += input.len() as u64;
        let Some(r) = self.inner.as_mut() else {
            out.extend_from_slice(input);
            self.produced_out += input.len() as u64;
            return Ok(());
        };
        self.pending.extend_from_slice(input);
        let mut start = 0;
        loop {
            let need = r.input_frames_next();
            if self.pending.len() - start < need {
                break;
            }
            let res = r
                .process(&[&self.pending[start..start + need]], None)
                .map_err(|e| ResampleError::Rubato(e.to_string()))?;
            start += need;
            Self::emit(&mut self.skip, &mut self.produced_out, &res[0], out);
        }
        self.pending.drain(..start);
        Ok(())
    }

    /// Flush the tail: total output length becomes `round(input_len * 16000 / rate_in)`.
    pub fn finish(&mut self, out: &mut Vec<f32>) -> Result<(), ResampleError> {
        let want = (self.consumed_in as u128 * SAMPLE_RATE as u128 + self.rate_in as u128 / 2)
            / self.rate_in as u128;
        let want = want as u64;
        if let Some(r) = self.inner.as_mut() {
            let pending = std::mem::take(&mut self.pending);
            if !pending.is_empty() {
                let res = r
                    .process_partial(Some(&[&pending[..]]), None)
                    .map_err(|e| ResampleError::Rubato(e.to_string()))?;
                Self::emit(&mut self.skip, &mut self.produced_out, &res[0], out);
            }
            // Push zeros through until the delayed tail is out.
            let mut guard = 0;
            while self.produced_out < want && guard < 64 {
                let res = r
                    .process_partial::<&[f32]>(None, None)
                    .map_err(|e| ResampleError::Rubato(e.to_string()))?;
                Self::emit(&mut self.skip, &mut self.produced_out, &res[0], out);
                guard += 1;
            }
        }
        if self.produced_out > want {
            let extra = (self.produced_out - want) as usize;
            out.truncate(out.len().saturating_sub(extra));
            self.produced_out = want;
        }
        Ok(())
    }

    fn emit(skip: &mut usize, produced: &mut u64, chunk: &[f32], out: &mut Vec<f32>) {
        let drop = (*skip).min(chunk.len());
        *skip -= drop;
        out.extend_from_slice(&chunk[drop..]);
        *produced += (chunk.len() - drop) as u64;
    }
}

/// Resample a whole mono signal to 16 kHz.
pub fn resample_to_16k(input: &[f32], rate_in: u32) -> Result<Vec<f32>, ResampleError> {
    let mut r = Resampler16k::new(rate_in)?;
    let mut out = Vec::with_capacity(
        (input.len() as u64 * SAMPLE_RATE as u64 / rate_in.max(1) as u64) as usize + 16,
    );
    r.push(input, &mut out)?;
    r.finish(&mut out)?;
    Ok(out)
}

/// Average interleaved channels into mono.
pub fn downmix(interleaved: &[f32], channels: usize) -> Vec<f32> {
    if channels <= 1 {
        return interleaved.to_vec();
    }
    interleaved
        .chunks_exact(channels)
        .map(|f| f.iter().sum::<f32>() / channels as f32)
        .collect()
}
