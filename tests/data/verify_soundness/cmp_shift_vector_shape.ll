; LLVM 19's three-way compares (scmp/ucmp: -1, 0, 1 in the call's own result width), the saturating shifts
; (sshl.sat/ushl.sat: clamp on lost bits or sign, poison for a shift of at least the width) and the vector shape
; intrinsics (vector.reverse, vector.extract/insert at a constant lane index, stepvector), from the LangRef.

;; pair: scmp is the select of two compares
;; expect: proved
;; source
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 noundef %a, i32 noundef %b) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %a, i32 %b)
  ret i8 %r
}
;; target
define i8 @f(i32 noundef %a, i32 noundef %b) {
  %lt = icmp slt i32 %a, %b
  %ne = icmp ne i32 %a, %b
  %z = zext i1 %ne to i8
  %r = select i1 %lt, i8 -1, i8 %z
  ret i8 %r
}

;; pair: scmp as two compares of undef arguments is wrong (each use of an undef may differ)
;; expect: refuted
;; source
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %a, i32 %b)
  ret i8 %r
}
;; target
define i8 @f(i32 %a, i32 %b) {
  %lt = icmp slt i32 %a, %b
  %ne = icmp ne i32 %a, %b
  %z = zext i1 %ne to i8
  %r = select i1 %lt, i8 -1, i8 %z
  ret i8 %r
}

;; pair: scmp is not ucmp
;; expect: refuted
;; source
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %a, i32 %b)
  ret i8 %r
}
;; target
declare i8 @llvm.ucmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %r = call i8 @llvm.ucmp.i8.i32(i32 %a, i32 %b)
  ret i8 %r
}

;; pair: ucmp of -1 and 1 is 1 (unsigned)
;; expect: proved
;; source
declare i2 @llvm.ucmp.i2.i32(i32, i32)
define i2 @f() {
  %r = call i2 @llvm.ucmp.i2.i32(i32 -1, i32 1)
  ret i2 %r
}
;; target
define i2 @f() {
  ret i2 1
}

;; pair: scmp with swapped operands is not the same
;; expect: refuted
;; source
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %a, i32 %b)
  ret i8 %r
}
;; target
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %b, i32 %a)
  ret i8 %r
}

;; pair: scmp with swapped operands is the negation
;; expect: proved
;; source
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %r = call i8 @llvm.scmp.i8.i32(i32 %a, i32 %b)
  ret i8 %r
}
;; target
declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @f(i32 %a, i32 %b) {
  %s = call i8 @llvm.scmp.i8.i32(i32 %b, i32 %a)
  %r = sub i8 0, %s
  ret i8 %r
}

;; pair: ushl.sat saturates to all ones
;; expect: proved
;; source
declare i8 @llvm.ushl.sat.i8(i8, i8)
define i8 @f() {
  %r = call i8 @llvm.ushl.sat.i8(i8 64, i8 2)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -1
}

;; pair: ushl.sat is not a plain shl
;; expect: refuted
;; source
declare i8 @llvm.ushl.sat.i8(i8, i8)
define i8 @f(i8 %a, i8 %b) {
  %r = call i8 @llvm.ushl.sat.i8(i8 %a, i8 %b)
  ret i8 %r
}
;; target
define i8 @f(i8 %a, i8 %b) {
  %r = shl i8 %a, %b
  ret i8 %r
}

;; pair: ushl.sat by the width is poison
;; expect: proved
;; source
declare i8 @llvm.ushl.sat.i8(i8, i8)
define i8 @f(i8 %a) {
  %r = call i8 @llvm.ushl.sat.i8(i8 %a, i8 8)
  ret i8 %r
}
;; target
define i8 @f(i8 %a) {
  ret i8 poison
}

;; pair: sshl.sat of a negative value saturates to the minimum
;; expect: proved
;; source
declare i8 @llvm.sshl.sat.i8(i8, i8)
define i8 @f() {
  %r = call i8 @llvm.sshl.sat.i8(i8 -64, i8 2)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}

;; pair: sshl.sat saturates when the sign would change (64 << 1)
;; expect: refuted
;; source
declare i8 @llvm.sshl.sat.i8(i8, i8)
define i8 @f() {
  %r = call i8 @llvm.sshl.sat.i8(i8 64, i8 1)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}

;; pair: sshl.sat with no overflow is shl nsw
;; expect: proved
;; source
declare i8 @llvm.sshl.sat.i8(i8, i8)
define i8 @f(i8 %a) {
  %s = ashr i8 %a, 4
  %r = call i8 @llvm.sshl.sat.i8(i8 %s, i8 3)
  ret i8 %r
}
;; target
define i8 @f(i8 %a) {
  %s = ashr i8 %a, 4
  %r = shl nsw i8 %s, 3
  ret i8 %r
}

;; pair: vector.reverse is the reversing shuffle
;; expect: proved
;; source
declare <4 x i32> @llvm.vector.reverse.v4i32(<4 x i32>)
define <4 x i32> @f(<4 x i32> %v) {
  %r = call <4 x i32> @llvm.vector.reverse.v4i32(<4 x i32> %v)
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %v) {
  %r = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  ret <4 x i32> %r
}

;; pair: vector.reverse is not a rotation
;; expect: refuted
;; source
declare <4 x i32> @llvm.vector.reverse.v4i32(<4 x i32>)
define <4 x i32> @f(<4 x i32> %v) {
  %r = call <4 x i32> @llvm.vector.reverse.v4i32(<4 x i32> %v)
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %v) {
  %r = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 0, i32 1, i32 2>
  ret <4 x i32> %r
}

;; pair: vector.extract of the high half
;; expect: proved
;; source
declare <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32>, i64)
define <2 x i32> @f(<4 x i32> %v) {
  %r = call <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32> %v, i64 2)
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<4 x i32> %v) {
  %r = shufflevector <4 x i32> %v, <4 x i32> poison, <2 x i32> <i32 2, i32 3>
  ret <2 x i32> %r
}

;; pair: vector.extract at index 2 is not the low half
;; expect: refuted
;; source
declare <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32>, i64)
define <2 x i32> @f(<4 x i32> %v) {
  %r = call <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32> %v, i64 2)
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<4 x i32> %v) {
  %r = shufflevector <4 x i32> %v, <4 x i32> poison, <2 x i32> <i32 0, i32 1>
  ret <2 x i32> %r
}

;; pair: vector.insert at lane 2 replaces the high half
;; expect: proved
;; source
declare <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32>, <2 x i32>, i64)
define <4 x i32> @f(<4 x i32> %v, <2 x i32> %w) {
  %r = call <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32> %v, <2 x i32> %w, i64 2)
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %v, <2 x i32> %w) {
  %x = shufflevector <2 x i32> %w, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>
  %r = shufflevector <4 x i32> %v, <4 x i32> %x, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  ret <4 x i32> %r
}

;; pair: vector.insert at lane 2 keeps the low half
;; expect: refuted
;; source
declare <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32>, <2 x i32>, i64)
define <4 x i32> @f(<4 x i32> %v, <2 x i32> %w) {
  %r = call <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32> %v, <2 x i32> %w, i64 2)
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> %v, <2 x i32> %w) {
  %x = shufflevector <2 x i32> %w, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>
  %r = shufflevector <4 x i32> %x, <4 x i32> %v, <4 x i32> <i32 0, i32 1, i32 6, i32 7>
  ret <4 x i32> %r
}

;; pair: stepvector counts from zero
;; expect: proved
;; source
declare <4 x i8> @llvm.stepvector.v4i8()
define <4 x i8> @f() {
  %r = call <4 x i8> @llvm.stepvector.v4i8()
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f() {
  ret <4 x i8> <i8 0, i8 1, i8 2, i8 3>
}

;; pair: stepvector does not count from one
;; expect: refuted
;; source
declare <4 x i8> @llvm.stepvector.v4i8()
define <4 x i8> @f() {
  %r = call <4 x i8> @llvm.stepvector.v4i8()
  ret <4 x i8> %r
}
;; target
define <4 x i8> @f() {
  ret <4 x i8> <i8 1, i8 2, i8 3, i8 4>
}
