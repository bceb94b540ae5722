; getelementptr indices narrower than the pointer's index type (LangRef "getelementptr"): an index of a different width
; is sign-extended (or truncated) to the index type, whatever the flags. `nuw` then asks that the offsets, read as
; unsigned numbers, and their sum with the base address do not wrap: a negative i32 index sign-extends to a huge
; unsigned offset, so `gep nuw p, i32 -1` is poison unless the address is 0. A verifier that zero-extends the narrow
; index for the `nuw` check accepts a target that adds `nuw` to a GEP with a possibly negative index.

;; pair: target adds nuw to an inbounds gep whose i32 index may be negative
;; expect: refuted
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr inbounds i8, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr inbounds nuw i8, ptr %p, i32 %i
  ret ptr %q
}

;; pair: target adds nuw to a plain gep whose i32 index may be negative
;; expect: refuted
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr i8, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr nuw i8, ptr %p, i32 %i
  ret ptr %q
}

;; pair: nuw gep with an i32 index is the same gep with the index sign-extended to i64
;; expect: proved
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr nuw i32, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %w = sext i32 %i to i64
  %q = getelementptr nuw i32, ptr %p, i64 %w
  ret ptr %q
}

;; pair: nuw gep with an i32 index, target zero-extends the index
;; expect: refuted
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr nuw i8, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %w = zext i32 %i to i64
  %q = getelementptr nuw i8, ptr %p, i64 %w
  ret ptr %q
}

;; pair: target adds nuw to a gep whose i32 index is a zero-extended byte (never negative)
;; expect: right
;; source
define ptr @f(ptr %p, i8 %b) {
  %i = zext i8 %b to i32
  %q = getelementptr inbounds i16, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i8 %b) {
  %i = zext i8 %b to i32
  %q = getelementptr inbounds nuw i16, ptr %p, i32 %i
  ret ptr %q
}

;; pair: inbounds gep with an i32 index is the same gep with the index sign-extended to i64
;; expect: proved
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr inbounds i64, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %w = sext i32 %i to i64
  %q = getelementptr inbounds i64, ptr %p, i64 %w
  ret ptr %q
}
