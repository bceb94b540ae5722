; undef operands to arithmetic, shifts, divisions, compares and FP ops (each use of undef may be any value).

;; pair: udiv by undef is UB (undef may be 0), target returns anything
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = udiv i32 %x, undef
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 12345
}

;; pair: target divides by undef (UB) where the source divides by 1
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define i32 @f(i32 %x) {
  %r = udiv i32 %x, undef
  ret i32 %r
}

;; pair: urem by (undef | 1) is defined: target cannot return a value above x
;; expect: refuted
;; source
define i32 @f(i32 noundef %x) {
  %d = or i32 undef, 1
  %r = urem i32 %x, %d
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

;; pair: shl by undef may be poison (amount >= 32), target returns poison
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = shl i32 %x, undef
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 poison
}

;; pair: and x, undef may be 0
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = and i32 %x, undef
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 0
}

;; pair: and x, undef cannot be 1 when x is even
;; expect: refuted
;; source
define i32 @f(i32 noundef %x) {
  %e = shl i32 %x, 1
  %r = and i32 %e, undef
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
  ret i32 1
}

;; pair: or x, undef may be -1
;; expect: proved
;; source
define i8 @f(i8 %x) {
  %r = or i8 %x, undef
  ret i8 %r
}
;; target
define i8 @f(i8 %x) {
  ret i8 -1
}

;; pair: mul x, undef is not any value (x = 2: always even)
;; expect: refuted
;; source
define i8 @f(i8 noundef %x) {
  %e = or i8 %x, 2
  %t = and i8 %e, 2
  %r = mul i8 %t, undef
  ret i8 %r
}
;; target
define i8 @f(i8 noundef %x) {
  ret i8 1
}

;; pair: select on an undef condition may pick either arm
;; expect: proved
;; source
define i32 @f(i32 %x, i32 %y) {
  %r = select i1 undef, i32 %x, i32 %y
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  ret i32 %y
}

;; pair: icmp eq of undef may be false
;; expect: proved
;; source
define i1 @f(i32 %x) {
  %r = icmp eq i32 %x, undef
  ret i1 %r
}
;; target
define i1 @f(i32 %x) {
  ret i1 false
}

;; pair: icmp ule undef, -1 is always true
;; expect: refuted
;; source
define i1 @f() {
  %r = icmp ule i32 undef, -1
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: fadd with undef may be NaN, target returns the preferred NaN
;; expect: right
;; source
define float @f(float %x) {
  %r = fadd float %x, undef
  ret float %r
}
;; target
define float @f(float %x) {
  ret float 0x7FF8000000000000
}

;; pair: fcmp oeq with undef may be false (undef may be NaN)
;; expect: proved
;; source
define i1 @f(float %x) {
  %r = fcmp oeq float %x, undef
  ret i1 %r
}
;; target
define i1 @f(float %x) {
  ret i1 false
}

;; pair: fcmp ord of undef may be true (undef may be chosen non-NaN)
;; expect: proved
;; source
define i1 @f() {
  %r = fcmp ord float undef, 0.000000e+00
  ret i1 %r
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: fptosi of undef may be poison (undef may be NaN)
;; expect: proved
;; source
define i32 @f() {
  %r = fptosi float undef to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: sitofp of undef cannot be NaN
;; expect: refuted
;; source
define float @f() {
  %r = sitofp i32 undef to float
  ret float %r
}
;; target
define float @f() {
  ret float 0x7FF8000000000000
}

;; pair: zext of undef i8 is below 256
;; expect: refuted
;; source
define i32 @f() {
  %r = zext i8 undef to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 256
}

;; pair: zext nneg of undef may be poison (undef may be negative)
;; expect: proved
;; source
define i32 @f() {
  %r = zext nneg i8 undef to i32
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: ctlz of undef with zero-poison may be poison
;; expect: proved
;; source
define i32 @f() {
  %r = call i32 @llvm.ctlz.i32(i32 undef, i1 true)
  ret i32 %r
}
declare i32 @llvm.ctlz.i32(i32, i1)
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: ctpop of undef i8 is at most 8
;; expect: refuted
;; source
define i8 @f() {
  %r = call i8 @llvm.ctpop.i8(i8 undef)
  ret i8 %r
}
declare i8 @llvm.ctpop.i8(i8)
;; target
define i8 @f() {
  ret i8 9
}

;; pair: a vector with an undef lane, target gives the lane a value
;; expect: proved
;; source
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 undef>
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 9>
}

;; pair: a vector with an undef lane, target makes it poison
;; expect: refuted
;; source
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 undef>
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 poison>
}

;; pair: a shuffle of an undef lane may give any value, target uses 0
;; expect: proved
;; source
define <2 x i32> @f(i32 %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  %r = shufflevector <2 x i32> %v, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(i32 %x) {
  %v = insertelement <2 x i32> zeroinitializer, i32 %x, i64 1
  ret <2 x i32> %v
}

;; pair: sub of undef from itself (two uses) is not always 0, target returns 1 (allowed)
;; expect: proved
;; source
define i32 @f() {
  %r = sub i32 undef, undef
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: frozen undef minus itself is 0, target returns 1
;; expect: refuted
;; source
define i32 @f() {
  %u = freeze i32 undef
  %r = sub i32 %u, %u
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 1
}
