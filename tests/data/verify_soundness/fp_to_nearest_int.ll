; llvm.lround/llround (ties away from zero) and llvm.lrint/llrint (to nearest even) to a signed integer; a rounded
; value the result cannot hold (NaN and infinities too) gives a nondeterministic value, not poison (LangRef).

;; pair: lround breaks ties away from zero
;; expect: proved
;; source
declare i64 @llvm.lround.i64.f64(double)
define i64 @f() {
  %r = call i64 @llvm.lround.i64.f64(double -2.5)
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 -3
}

;; pair: lround of 2.5 is not 2
;; expect: refuted
;; source
declare i64 @llvm.lround.i64.f64(double)
define i64 @f() {
  %r = call i64 @llvm.lround.i64.f64(double 2.5)
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 2
}

;; pair: lrint rounds ties to even
;; expect: proved
;; source
declare i32 @llvm.lrint.i32.f32(float)
define i32 @f() {
  %r = call i32 @llvm.lrint.i32.f32(float 2.5)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 2
}

;; pair: llrint of 3.5 is 4
;; expect: proved
;; source
declare i64 @llvm.llrint.i64.f64(double)
define i64 @f() {
  %r = call i64 @llvm.llrint.i64.f64(double 3.5)
  ret i64 %r
}
;; target
define i64 @f() {
  ret i64 4
}

;; pair: lround of a value too large for the result may be any value, not poison
;; expect: refuted
;; source
declare i32 @llvm.lround.i32.f64(double)
define i32 @f() {
  %r = call i32 @llvm.lround.i32.f64(double 1.0e10)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: lround of a value too large may be folded to any value
;; expect: proved
;; source
declare i32 @llvm.lround.i32.f64(double)
define i32 @f() {
  %r = call i32 @llvm.lround.i32.f64(double 1.0e10)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 12345
}

;; pair: lround of NaN may be any value
;; expect: right
;; source
declare i32 @llvm.lround.i32.f64(double)
define i32 @f() {
  %r = call i32 @llvm.lround.i32.f64(double 0x7FF8000000000000)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: lround is not round then fptosi (out of range: poison, where lround gives a value)
;; expect: wrong
;; source
declare i32 @llvm.lround.i32.f32(float)
define i32 @f(float noundef %x) {
  %r = call i32 @llvm.lround.i32.f32(float %x)
  ret i32 %r
}
;; target
declare float @llvm.round.f32(float)
define i32 @f(float noundef %x) {
  %t = call float @llvm.round.f32(float %x)
  %r = fptosi float %t to i32
  ret i32 %r
}

;; pair: lround is not trunc then fptosi
;; expect: wrong
;; source
declare i32 @llvm.lround.i32.f32(float)
define i32 @f(float noundef %x) {
  %r = call i32 @llvm.lround.i32.f32(float %x)
  ret i32 %r
}
;; target
define i32 @f(float noundef %x) {
  %r = fptosi float %x to i32
  ret i32 %r
}
