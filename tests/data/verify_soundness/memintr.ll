; memset/memcpy/memmove edge cases: volatile flag, narrow length types, zero length, overlap.

;; pair: memset with an i8 length of -1 writes 255 bytes, target drops it
;; expect: wrong
;; source
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i8(ptr %p, i8 0, i8 -1, i1 false)
  ret void
}
;; target
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define void @f(ptr %p) {
  ret void
}

;; pair: memset with an i8 length of -1, the byte at offset 100 is read back as 0
;; expect: right
;; source
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define i8 @f(ptr %p) {
  call void @llvm.memset.p0.i8(ptr %p, i8 0, i8 -1, i1 false)
  %q = getelementptr i8, ptr %p, i64 100
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define i8 @f(ptr %p) {
  call void @llvm.memset.p0.i8(ptr %p, i8 0, i8 -1, i1 false)
  ret i8 0
}

;; pair: memset with an i8 length of -1, target claims byte 100 keeps its old value
;; expect: wrong
;; source
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define i8 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 100
  %old = load i8, ptr %q
  call void @llvm.memset.p0.i8(ptr %p, i8 0, i8 -1, i1 false)
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
declare void @llvm.memset.p0.i8(ptr, i8, i8, i1)
define i8 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 100
  %old = load i8, ptr %q
  call void @llvm.memset.p0.i8(ptr %p, i8 0, i8 -1, i1 false)
  ret i8 %old
}

;; pair: memcpy with an i8 length of -128 copies 128 bytes, target drops it
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i8(ptr, ptr, i8, i1)
define void @f(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i8(ptr %d, ptr %s, i8 -128, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i8(ptr, ptr, i8, i1)
define void @f(ptr %d, ptr %s) {
  ret void
}

;; pair: memmove with an i16 length of -1 (65535 bytes), target drops it
;; expect: wrong
;; source
declare void @llvm.memmove.p0.p0.i16(ptr, ptr, i16, i1)
define void @f(ptr %d, ptr %s) {
  call void @llvm.memmove.p0.p0.i16(ptr %d, ptr %s, i16 -1, i1 false)
  ret void
}
;; target
declare void @llvm.memmove.p0.p0.i16(ptr, ptr, i16, i1)
define void @f(ptr %d, ptr %s) {
  ret void
}

;; pair: two volatile memsets of the same bytes merged into one
;; expect: wrong
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 4, i1 true)
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 4, i1 true)
  ret void
}
;; target
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 4, i1 true)
  ret void
}

;; pair: a volatile memset into a dead local removed
;; expect: wrong
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f() {
  %a = alloca [8 x i8], align 1
  call void @llvm.memset.p0.i64(ptr %a, i8 1, i64 8, i1 true)
  ret void
}
;; target
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f() {
  %a = alloca [8 x i8], align 1
  ret void
}

;; pair: a volatile memcpy onto itself removed
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %p, i64 4, i1 true)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  ret void
}

;; pair: a non-volatile memset made volatile (volatile adds no UB here)
;; expect: right
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 7, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  store i32 117901063, ptr %p, align 1
  ret void
}

;; pair: a volatile memset turned into a plain store of the same bytes
;; expect: wrong
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define void @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 7, i64 4, i1 true)
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 117901063, ptr %p, align 1
  ret void
}

;; pair: memmove with partial overlap is defined, target uses memcpy (UB on partial overlap)
;; expect: wrong
;; source
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  call void @llvm.memmove.p0.p0.i64(ptr %q, ptr %p, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr %q, ptr %p, i64 4, i1 false)
  ret void
}

;; pair: memmove forward by one byte, target copies byte by byte from the low end (smears byte 0)
;; expect: wrong
;; source
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  call void @llvm.memmove.p0.p0.i64(ptr %q, ptr %p, i64 2, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  %r = getelementptr i8, ptr %p, i64 2
  %b0 = load i8, ptr %p
  store i8 %b0, ptr %q
  %b1 = load i8, ptr %q
  store i8 %b1, ptr %r
  ret void
}

;; pair: memmove forward by one byte, target copies from the high end first (correct)
;; expect: proved
;; source
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  call void @llvm.memmove.p0.p0.i64(ptr %q, ptr %p, i64 2, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  %r = getelementptr i8, ptr %p, i64 2
  %b1 = load i8, ptr %q
  store i8 %b1, ptr %r
  %b0 = load i8, ptr %p
  store i8 %b0, ptr %q
  ret void
}

;; pair: zero-length memcpy between dangling pointers is a no-op, target loads from the source
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define i8 @f(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 0, i1 false)
  ret i8 0
}
;; target
define i8 @f(ptr %d, ptr %s) {
  %v = load i8, ptr %s
  %z = and i8 %v, 0
  ret i8 %z
}

;; pair: memset value is truncated to i8 semantics: memset of 0x101 not possible, i8 1 sets bytes to 1
;; expect: wrong
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define i16 @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 1, i64 2, i1 false)
  %v = load i16, ptr %p
  ret i16 %v
}
;; target
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define i16 @f(ptr %p) {
  call void @llvm.memset.p0.i64(ptr %p, i8 1, i64 2, i1 false)
  ret i16 1
}
