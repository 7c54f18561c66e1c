//! The byte stream a stored index is written to and read from: little-endian numbers, length-prefixed
//! strings and arrays, fixed-size records. Apart from the index's layout (the parent module) because it
//! knows nothing of the index: it only refuses, with [`Corrupt`], any read the bytes cannot back.

/// Why stored bytes are not an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrupt(pub &'static str);

impl std::fmt::Display for Corrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "stored index is corrupt: {}", self.0)
    }
}

impl std::error::Error for Corrupt {}

/// Writes little-endian numbers and length-prefixed arrays, into memory ([`Writer::default`]) or through
/// to a stream ([`Writer::to`]) a buffer at a time, so a big index is never copied whole into memory to be
/// stored.
#[derive(Default)]
pub struct Writer<'a> {
    pub bytes: Vec<u8>,
    sink: Option<&'a mut dyn std::io::Write>,
    failed: Option<std::io::Error>,
}

impl std::fmt::Debug for Writer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer")
            .field("buffered", &self.bytes.len())
            .finish()
    }
}

const SPILL: usize = 1 << 20;

impl<'a> Writer<'a> {
    /// A writer that passes its bytes on to `sink`; [`Writer::finish`] writes the rest and reports the
    /// first error.
    pub fn to(sink: &'a mut dyn std::io::Write) -> Self {
        Writer {
            bytes: Vec::with_capacity(SPILL + 4096),
            sink: Some(sink),
            failed: None,
        }
    }

    fn spill(&mut self, at: usize) {
        if self.bytes.len() < at {
            return;
        }
        if let Some(sink) = self.sink.as_mut() {
            if self.failed.is_none() {
                if let Err(e) = sink.write_all(&self.bytes) {
                    self.failed = Some(e);
                }
            }
            self.bytes.clear();
        }
    }

    /// Writes what is buffered to the sink (a writer without one keeps its bytes).
    pub fn finish(mut self) -> std::io::Result<Vec<u8>> {
        self.spill(0);
        match self.failed.take() {
            Some(e) => Err(e),
            None => Ok(std::mem::take(&mut self.bytes)),
        }
    }

    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
        self.spill(SPILL);
    }
    pub fn u16(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self.spill(SPILL);
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self.spill(SPILL);
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self.spill(SPILL);
    }
    pub fn len(&mut self, n: usize) {
        self.u64(n as u64);
    }
    pub fn raw(&mut self, b: &[u8]) {
        for chunk in b.chunks(SPILL) {
            self.bytes.extend_from_slice(chunk);
            self.spill(SPILL);
        }
    }
    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.raw(s.as_bytes());
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        for chunk in v.chunks(SPILL / 4) {
            self.bytes
                .extend(chunk.iter().flat_map(|x| x.to_le_bytes()));
            self.spill(SPILL);
        }
    }
    pub fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
}

/// Reads what [`Writer`] wrote from any byte stream (a file is read straight into the index's arrays,
/// never whole into memory first); every read is bounds-checked and fails with [`Corrupt`].
pub struct Reader<'a> {
    input: &'a mut dyn std::io::Read,
    /// Bytes the caller said the stream holds and that are not read yet.
    left: u64,
    scratch: Vec<u8>,
}

impl std::fmt::Debug for Reader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader").field("left", &self.left).finish()
    }
}

impl<'a> Reader<'a> {
    /// Reads at most `len` bytes of `input`.
    pub fn new(input: &'a mut dyn std::io::Read, len: u64) -> Self {
        Reader {
            input,
            left: len,
            scratch: Vec::new(),
        }
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.left == 0
    }

    /// The next `n` bytes, in a new buffer of exactly that size.
    pub fn owned(&mut self, n: usize) -> Result<Vec<u8>, Corrupt> {
        let mut v = Vec::new();
        self.fill(n, &mut v)?;
        Ok(v)
    }

    fn fill(&mut self, n: usize, v: &mut Vec<u8>) -> Result<(), Corrupt> {
        // Checked before the buffer grows, so a corrupt length never makes a huge allocation.
        if n as u64 > self.left {
            return Err(Corrupt("truncated"));
        }
        v.clear();
        v.resize(n, 0);
        self.read_exact(v)
    }

    /// Fills `out` from the stream. `read_exact`, not `read_to_end`: a buffered input copies a short read
    /// out of its buffer, where `read_to_end` made a second, probing read call for every string (3 % of
    /// a million-concept open, by `perf`).
    fn read_exact(&mut self, out: &mut [u8]) -> Result<(), Corrupt> {
        if out.len() as u64 > self.left {
            return Err(Corrupt("truncated"));
        }
        self.input.read_exact(out).map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => Corrupt("truncated"),
            _ => Corrupt("unreadable"),
        })?;
        self.left -= out.len() as u64;
        Ok(())
    }

    /// The next `n` bytes, valid until the next read.
    pub fn take(&mut self, n: usize) -> Result<&[u8], Corrupt> {
        let mut v = std::mem::take(&mut self.scratch);
        let r = self.fill(n, &mut v);
        self.scratch = v;
        r?;
        Ok(&self.scratch[..n])
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Corrupt> {
        let mut a = [0u8; N];
        self.read_exact(&mut a)?;
        Ok(a)
    }

    pub fn u8(&mut self) -> Result<u8, Corrupt> {
        Ok(self.array::<1>()?[0])
    }
    pub fn u16(&mut self) -> Result<u16, Corrupt> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    pub fn u32(&mut self) -> Result<u32, Corrupt> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub fn u64(&mut self) -> Result<u64, Corrupt> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// A length of items of `item_bytes` each, refused if the rest of the stream cannot hold them (so a
    /// corrupt length never makes a huge allocation).
    pub fn len(&mut self, item_bytes: usize) -> Result<usize, Corrupt> {
        let n = usize::try_from(self.u64()?).map_err(|_| Corrupt("length"))?;
        if (n as u64).saturating_mul(item_bytes.max(1) as u64) > self.left {
            return Err(Corrupt("length past the end"));
        }
        Ok(n)
    }

    pub fn string(&mut self) -> Result<String, Corrupt> {
        let n = self.len(1)?;
        String::from_utf8(self.owned(n)?).map_err(|_| Corrupt("text is not UTF-8"))
    }

    /// Read straight into the array's own memory (a million-concept index is mostly `u32` arrays).
    pub fn u32s(&mut self) -> Result<Vec<u32>, Corrupt> {
        let n = self.len(4)?;
        let mut v = vec![0u32; n];
        self.read_exact(bytemuck::cast_slice_mut(&mut v))?;
        for x in &mut v {
            *x = u32::from_le(*x); // nothing to do on a little-endian machine
        }
        Ok(v)
    }

    /// A length-prefixed run of fixed-size records, each decoded from its `size` bytes by `decode`.
    pub fn records<T>(
        &mut self,
        size: usize,
        mut decode: impl FnMut(&[u8]) -> Result<T, Corrupt>,
    ) -> Result<Vec<T>, Corrupt> {
        let n = self.len(size)?;
        // Allocated once at its length: collecting `Result`s gives no size hint, so the vector grew by
        // doubling and kept up to twice the room it needs for as long as the index lives.
        let mut v = Vec::with_capacity(n);
        for c in self.take(n * size)?.chunks_exact(size) {
            v.push(decode(c)?);
        }
        Ok(v)
    }

    pub fn strings(&mut self) -> Result<Vec<String>, Corrupt> {
        let n = self.len(8)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.string()?);
        }
        Ok(v)
    }
}

/// The little-endian `u32` at byte `i` of a record.
pub(super) fn le32(c: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]])
}

/// The little-endian `u16` at byte `i` of a record.
pub(super) fn le16(c: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([c[i], c[i + 1]])
}
