//! A BERT encoder forward pass for sentence embeddings, written for throughput on CPU.
//!
//! Why not candle's `BertModel`: it pads every sequence of a batch to the longest, runs
//! GELU through scalar `erf` from libm (a sixth of its time), and copies tensors for
//! every transpose. Here the real tokens of a batch are packed into one matrix, so dense
//! layers (the bulk of the work) compute no padding at all and run as large `gemm`
//! products on the caller's rayon pool; attention runs per sequence over its own length
//! only (the same result as masking padded keys); GELU uses a rational erf
//! approximation that vectorises. Weights come from the same safetensors file through
//! candle.

use std::collections::HashMap;

use candle_core::{DType, Device, Tensor};
use rayon::prelude::*;
use serde::Deserialize;

use crate::error::Error;

#[derive(Debug, Clone, Deserialize)]
pub struct BertConfig {
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub intermediate_size: usize,
    pub max_position_embeddings: usize,
    #[serde(default = "default_eps")]
    pub layer_norm_eps: f64,
}

fn default_eps() -> f64 {
    1e-12
}

/// A dense layer; `weight` is `[out, in]` row-major as PyTorch stores it.
struct Linear {
    weight: Vec<f32>,
    bias: Vec<f32>,
    inputs: usize,
    outputs: usize,
}

struct LayerNorm {
    gamma: Vec<f32>,
    beta: Vec<f32>,
}

struct Layer {
    /// Query, key and value in one product: `[3 * hidden, hidden]`.
    qkv: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

pub struct Bert {
    config: BertConfig,
    word: Vec<f32>,
    position: Vec<f32>,
    token_type: Vec<f32>,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
}

fn load_error(name: &str, e: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("BERT weights: {name}: {e}"))
}

struct Weights(HashMap<String, Tensor>);

impl Weights {
    /// A tensor as f32 values, with its expected shape checked.
    fn get(&self, name: &str, shape: &[usize]) -> Result<Vec<f32>, Error> {
        let t = self
            .0
            .get(name)
            .or_else(|| self.0.get(&format!("bert.{name}")))
            .ok_or_else(|| load_error(name, "missing"))?;
        if t.dims() != shape {
            return Err(load_error(
                name,
                format!("shape {:?}, expected {shape:?}", t.dims()),
            ));
        }
        t.to_dtype(DType::F32)
            .and_then(|t| t.flatten_all())
            .and_then(|t| t.to_vec1::<f32>())
            .map_err(|e| load_error(name, e))
    }

    fn linear(&self, prefix: &str, outputs: usize, inputs: usize) -> Result<Linear, Error> {
        Ok(Linear {
            weight: self.get(&format!("{prefix}.weight"), &[outputs, inputs])?,
            bias: self.get(&format!("{prefix}.bias"), &[outputs])?,
            inputs,
            outputs,
        })
    }

    fn norm(&self, prefix: &str, size: usize) -> Result<LayerNorm, Error> {
        Ok(LayerNorm {
            gamma: self.get(&format!("{prefix}.weight"), &[size])?,
            beta: self.get(&format!("{prefix}.bias"), &[size])?,
        })
    }
}

impl Bert {
    /// Loads the weights of a safetensors file (any float dtype) for `config`.
    pub fn load(safetensors: &[u8], config: BertConfig) -> Result<Self, Error> {
        let tensors = candle_core::safetensors::load_buffer(safetensors, &Device::Cpu)
            .map_err(|e| load_error("model.safetensors", e))?;
        let w = Weights(tensors);
        let d = config.hidden_size;
        let mut layers = Vec::with_capacity(config.num_hidden_layers);
        for l in 0..config.num_hidden_layers {
            let p = format!("encoder.layer.{l}");
            let q = w.linear(&format!("{p}.attention.self.query"), d, d)?;
            let k = w.linear(&format!("{p}.attention.self.key"), d, d)?;
            let v = w.linear(&format!("{p}.attention.self.value"), d, d)?;
            let qkv = Linear {
                weight: [q.weight, k.weight, v.weight].concat(),
                bias: [q.bias, k.bias, v.bias].concat(),
                inputs: d,
                outputs: 3 * d,
            };
            layers.push(Layer {
                qkv,
                attention_out: w.linear(&format!("{p}.attention.output.dense"), d, d)?,
                attention_norm: w.norm(&format!("{p}.attention.output.LayerNorm"), d)?,
                intermediate: w.linear(
                    &format!("{p}.intermediate.dense"),
                    config.intermediate_size,
                    d,
                )?,
                output: w.linear(&format!("{p}.output.dense"), d, config.intermediate_size)?,
                output_norm: w.norm(&format!("{p}.output.LayerNorm"), d)?,
            });
        }
        Ok(Bert {
            word: w.get("embeddings.word_embeddings.weight", &[config.vocab_size, d])?,
            position: w.get(
                "embeddings.position_embeddings.weight",
                &[config.max_position_embeddings, d],
            )?,
            token_type: w.get("embeddings.token_type_embeddings.weight", &[2, d])?,
            embedding_norm: w.norm("embeddings.LayerNorm", d)?,
            layers,
            config,
        })
    }

    pub fn hidden_size(&self) -> usize {
        self.config.hidden_size
    }

    pub fn max_positions(&self) -> usize {
        self.config.max_position_embeddings
    }

    /// The mean of the last hidden states over each sequence's tokens, L2-normalised:
    /// one vector per sequence of token ids.
    pub fn embed(&self, sequences: &[&[u32]]) -> Vec<Vec<f32>> {
        let d = self.config.hidden_size;
        let mut offsets = Vec::with_capacity(sequences.len());
        let mut total = 0;
        for s in sequences {
            offsets.push((total, s.len()));
            total += s.len();
        }
        let mut x = vec![0f32; total * d];
        for (s, &(start, _)) in sequences.iter().zip(&offsets) {
            for (t, &id) in s.iter().enumerate() {
                let row = &mut x[(start + t) * d..(start + t + 1) * d];
                let word = &self.word[(id as usize).min(self.config.vocab_size - 1) * d..][..d];
                let pos = &self.position[t.min(self.config.max_position_embeddings - 1) * d..][..d];
                for c in 0..d {
                    row[c] = word[c] + pos[c] + self.token_type[c];
                }
            }
        }
        layer_norm(
            &mut x,
            &self.embedding_norm,
            d,
            self.config.layer_norm_eps as f32,
        );
        let mut work = Workspace::default();
        for layer in &self.layers {
            self.layer_forward(layer, &mut x, &offsets, &mut work);
        }
        offsets
            .iter()
            .map(|&(start, len)| {
                let mut mean = vec![0f32; d];
                for row in x[start * d..(start + len) * d].chunks_exact(d) {
                    for (m, v) in mean.iter_mut().zip(row) {
                        *m += v;
                    }
                }
                let n = len.max(1) as f32;
                mean.iter_mut().for_each(|m| *m /= n);
                let norm = mean.iter().map(|m| m * m).sum::<f32>().sqrt().max(1e-12);
                mean.iter_mut().for_each(|m| *m /= norm);
                mean
            })
            .collect()
    }

    fn layer_forward(
        &self,
        layer: &Layer,
        x: &mut [f32],
        offsets: &[(usize, usize)],
        work: &mut Workspace,
    ) {
        let d = self.config.hidden_size;
        let rows = x.len() / d;
        let eps = self.config.layer_norm_eps as f32;
        dense(x, rows, &layer.qkv, &mut work.qkv);
        attention(
            &work.qkv,
            offsets,
            d,
            self.config.num_attention_heads,
            &mut work.context,
        );
        dense(&work.context, rows, &layer.attention_out, &mut work.out);
        add_assign(x, &work.out);
        layer_norm(x, &layer.attention_norm, d, eps);
        dense(x, rows, &layer.intermediate, &mut work.hidden);
        work.hidden.par_chunks_mut(4096).for_each(gelu);
        dense(&work.hidden, rows, &layer.output, &mut work.out);
        add_assign(x, &work.out);
        layer_norm(x, &layer.output_norm, d, eps);
    }
}

/// The intermediate matrices of a layer, kept from one layer to the next: a batch's
/// are tens of megabytes, and fresh ones would be mapped and zeroed by the kernel page
/// by page for every layer.
#[derive(Default)]
struct Workspace {
    qkv: Vec<f32>,
    context: Vec<f32>,
    hidden: Vec<f32>,
    out: Vec<f32>,
}

fn add_assign(x: &mut [f32], y: &[f32]) {
    x.par_chunks_mut(4096)
        .zip(y.par_chunks(4096))
        .for_each(|(a, b)| {
            for (p, q) in a.iter_mut().zip(b) {
                *p += q;
            }
        });
}

/// `out` = `input` (`rows` x `inputs`) times the layer's weight, transposed, plus its
/// bias. The rows are split across the pool's threads, each a single-threaded product:
/// the split is free of synchronisation, unlike a parallel product of one small matrix.
fn dense(input: &[f32], rows: usize, layer: &Linear, out: &mut Vec<f32>) {
    let (k, n) = (layer.inputs, layer.outputs);
    assert_eq!(input.len(), rows * k, "dense: input shape");
    assert_eq!(layer.weight.len(), n * k, "dense: weight shape");
    out.clear();
    for _ in 0..rows {
        out.extend_from_slice(&layer.bias);
    }
    if rows == 0 {
        return;
    }
    let per_thread = rows.div_ceil(rayon::current_num_threads()).max(1);
    out.par_chunks_mut(per_thread * n)
        .zip(input.par_chunks(per_thread * k))
        .for_each(|(out, input)| product_into(out, input, &layer.weight, k, n));
}

/// `out += input * weight^T` for row-major `input` (`m` x `k`), `weight` (`n` x `k`) and
/// `out` (`m` x `n`), on the calling thread.
fn product_into(out: &mut [f32], input: &[f32], weight: &[f32], k: usize, n: usize) {
    let m = input.len() / k;
    assert!(
        input.len() == m * k && out.len() == m * n && weight.len() == n * k,
        "product shapes"
    );
    // SAFETY: the three buffers hold exactly m*n, m*k and n*k values (asserted above),
    // and the strides below address them within those bounds: `out` and `input`
    // row-major, the weight `[n, k]` row-major read as its transpose `[k, n]`.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            out.as_mut_ptr(),
            1,
            n as isize,
            true,
            input.as_ptr(),
            1,
            k as isize,
            weight.as_ptr(),
            k as isize,
            1,
            1.0,
            1.0,
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
}

/// Self-attention of every sequence over its own tokens: `qkv` holds each token's
/// query, key and value side by side; the result holds each token's context.
fn attention(
    qkv: &[f32],
    offsets: &[(usize, usize)],
    d: usize,
    heads: usize,
    context: &mut Vec<f32>,
) {
    let rows = qkv.len() / (3 * d);
    // Every value is written below (each head's slice of each row).
    context.resize(rows * d, 0.0);
    // Each sequence owns a run of rows: split the output so they run in parallel.
    let mut parts: Vec<(&mut [f32], usize, usize)> = Vec::with_capacity(offsets.len());
    let mut rest = context.as_mut_slice();
    for &(start, len) in offsets {
        let (mine, tail) = rest.split_at_mut(len * d);
        parts.push((mine, start, len));
        rest = tail;
    }
    parts.into_par_iter().for_each(|(out, start, len)| {
        let qkv = &qkv[start * 3 * d..(start + len) * 3 * d];
        attend(out, qkv, len, d, heads);
    });
}

/// Multiply-add, fused where the CPU has FMA: the same loops compile to either.
trait MulAdd {
    fn mul_add(a: f32, b: f32, c: f32) -> f32;
}

struct Separate;
impl MulAdd for Separate {
    #[inline(always)]
    fn mul_add(a: f32, b: f32, c: f32) -> f32 {
        a * b + c
    }
}

#[cfg(target_arch = "x86_64")]
struct Fused;
#[cfg(target_arch = "x86_64")]
impl MulAdd for Fused {
    #[inline(always)]
    fn mul_add(a: f32, b: f32, c: f32) -> f32 {
        // An instruction inside the AVX2+FMA functions below (a libm call elsewhere).
        a.mul_add(b, c)
    }
}

/// Whether this CPU runs the AVX2 and FMA versions, checked once.
#[cfg(target_arch = "x86_64")]
fn has_avx2_fma() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
    })
}

/// One sequence's attention, in 256-bit vectors with fused multiply-adds where the CPU
/// has them (the crate is built for baseline x86-64, whose 128-bit loops run at half
/// the rate).
fn attend(out: &mut [f32], qkv: &[f32], len: usize, d: usize, heads: usize) {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        // SAFETY: the CPU supports AVX2 and FMA, checked at run time just above.
        unsafe { attend_avx2(out, qkv, len, d, heads) };
        return;
    }
    attend_with::<Separate>(out, qkv, len, d, heads);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn attend_avx2(out: &mut [f32], qkv: &[f32], len: usize, d: usize, heads: usize) {
    attend_with::<Fused>(out, qkv, len, d, heads);
}

#[inline(always)]
fn attend_with<M: MulAdd>(out: &mut [f32], qkv: &[f32], len: usize, d: usize, heads: usize) {
    let dh = d / heads;
    let scale = 1.0 / (dh as f32).sqrt();
    let mut scores = vec![0f32; len];
    for h in 0..heads {
        let (qo, ko, vo) = (h * dh, d + h * dh, 2 * d + h * dh);
        for i in 0..len {
            let q = &qkv[i * 3 * d + qo..][..dh];
            let mut max = f32::NEG_INFINITY;
            for (j, s) in scores.iter_mut().enumerate() {
                let k = &qkv[j * 3 * d + ko..][..dh];
                *s = dot::<M>(q, k) * scale;
                max = max.max(*s);
            }
            let mut sum = 0.0;
            for s in scores.iter_mut() {
                *s = (*s - max).exp();
                sum += *s;
            }
            let ctx = &mut out[i * d + qo..][..dh];
            ctx.fill(0.0);
            let inv = 1.0 / sum;
            for (j, s) in scores.iter().enumerate() {
                let v = &qkv[j * 3 * d + vo..][..dh];
                let p = s * inv;
                for (c, vv) in ctx.iter_mut().zip(v) {
                    *c = M::mul_add(p, *vv, *c);
                }
            }
        }
    }
}

/// A dot product in eight independent lanes, so that it vectorises (a plain sum of
/// products is one sequential chain the compiler may not reorder).
#[inline(always)]
fn dot<M: MulAdd>(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for l in 0..8 {
            lanes[l] = M::mul_add(x[l], y[l], lanes[l]);
        }
    }
    lanes.iter().sum::<f32>() + tail
}

fn layer_norm(x: &mut [f32], norm: &LayerNorm, d: usize, eps: f32) {
    x.par_chunks_mut(d * 64).for_each(|block| {
        for row in block.chunks_exact_mut(d) {
            let mean = row.iter().sum::<f32>() / d as f32;
            let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / d as f32;
            let inv = 1.0 / (var + eps).sqrt();
            for ((v, g), b) in row.iter_mut().zip(&norm.gamma).zip(&norm.beta) {
                *v = (*v - mean) * inv * g + b;
            }
        }
    });
}

/// GELU with the exact (erf) form BERT was trained with; in 256-bit vectors where the
/// CPU has AVX2 and FMA.
fn gelu(xs: &mut [f32]) {
    #[cfg(target_arch = "x86_64")]
    if has_avx2_fma() {
        // SAFETY: the CPU supports AVX2 and FMA, checked at run time just above.
        unsafe { gelu_avx2(xs) };
        return;
    }
    gelu_with::<Separate>(xs);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn gelu_avx2(xs: &mut [f32]) {
    gelu_with::<Fused>(xs);
}

#[inline(always)]
fn gelu_with<M: MulAdd>(xs: &mut [f32]) {
    const FRAC_1_SQRT_2: f32 = std::f32::consts::FRAC_1_SQRT_2;
    for x in xs.iter_mut() {
        *x = 0.5 * *x * (1.0 + erf::<M>(*x * FRAC_1_SQRT_2));
    }
}

/// erf as a rational function on [-4, 4] (beyond it, erf is ±1 in f32): no branches
/// and no libm call (`M` fuses only where FMA is enabled), so the loop vectorises. The
/// coefficients are Eigen's
/// (`generic_fast_erf_float`); the test checks them against libm.
#[inline(always)]
fn erf<M: MulAdd>(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = M::mul_add(x2, -2.726_142_3e-10, 2.770_681_4e-8);
    p = M::mul_add(x2, p, -2.101_024e-6);
    p = M::mul_add(x2, p, -5.692_506_4e-5);
    p = M::mul_add(x2, p, -7.349_906_3e-4);
    p = M::mul_add(x2, p, -2.954_600_1e-3);
    p = M::mul_add(x2, p, -1.609_603_3e-2);
    p *= x;
    let mut q = M::mul_add(x2, -1.456_607_2e-5, -2.133_740_6e-4);
    q = M::mul_add(x2, q, -1.682_827e-3);
    q = M::mul_add(x2, q, -7.373_329_3e-3);
    q = M::mul_add(x2, q, -1.426_473_9e-2);
    p / q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_approximation_is_close_to_libm() {
        let mut worst = 0f64;
        for i in -6000..=6000 {
            let x = i as f32 / 1000.0;
            let exact = libm_erf(x as f64);
            worst = worst.max((erf::<Separate>(x) as f64 - exact).abs());
        }
        assert!(worst < 2e-6, "largest error {worst}");
    }

    /// erf by its Taylor series (small x) and continued fraction (large x), in f64.
    fn libm_erf(x: f64) -> f64 {
        let sign = x.signum();
        let x = x.abs();
        if x < 3.0 {
            let mut sum = 0.0;
            let mut term = x;
            let mut n = 0.0;
            while term.abs() > 1e-17 {
                sum += term / (2.0 * n + 1.0);
                n += 1.0;
                term *= -x * x / n;
            }
            sign * sum * 2.0 / std::f64::consts::PI.sqrt()
        } else {
            let mut f = 0.0;
            for k in (1..60).rev() {
                f = (k as f64 / 2.0) / (x + f);
            }
            let erfc = (-x * x).exp() / std::f64::consts::PI.sqrt() / (x + f);
            sign * (1.0 - erfc)
        }
    }

    #[test]
    fn dense_matches_a_plain_product() {
        let layer = Linear {
            weight: vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
            bias: vec![0.5, -0.5],
            inputs: 3,
            outputs: 2,
        };
        let input = vec![1.0, 0.0, -1.0, 2.0, 1.0, 0.0];
        // A buffer left over from a larger product is overwritten, not added to.
        let mut out = vec![7.0; 9];
        dense(&input, 2, &layer, &mut out);
        assert_eq!(
            out,
            vec![
                1.0 - 3.0 + 0.5,
                4.0 - 6.0 - 0.5,
                2.0 + 2.0 + 0.5,
                8.0 + 5.0 - 0.5
            ]
        );
    }
}
