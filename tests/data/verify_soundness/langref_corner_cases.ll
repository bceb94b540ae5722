; Corner cases of the LangRef probed on 2026-12-08 (instruction flags of LLVM 18-19, vector reductions and bitcasts,
; fast-math, FP conversions, memory, calls, attributes, pointers), each with its verdict: every pair a validator
; must not get wrong, whether or not this one decides it.

;; pair: trunc nuw drop of high bits folded: trunc nuw i32 to i8 then zext equals x
;; expect: right
;; source
define i32 @f(i32 %x) {
  %t = trunc nuw i32 %x to i8
  %z = zext i8 %t to i32
  ret i32 %z
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: trunc (no nuw) then zext is not x
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %t = trunc i32 %x to i8
  %z = zext i8 %t to i32
  ret i32 %z
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: trunc nsw then sext equals x
;; expect: right
;; source
define i32 @f(i32 %x) {
  %t = trunc nsw i32 %x to i8
  %z = sext i8 %t to i32
  ret i32 %z
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: trunc nuw then sext is not x (nuw says nothing of the sign bit)
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  %t = trunc nuw i32 %x to i8
  %z = sext i8 %t to i32
  ret i32 %z
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: adding nuw to trunc is wrong
;; expect: refuted
;; source
define i8 @f(i32 %x) {
  %t = trunc i32 %x to i8
  ret i8 %t
}
;; target
define i8 @f(i32 %x) {
  %t = trunc nuw i32 %x to i8
  ret i8 %t
}

;; pair: zext nneg equals sext
;; expect: right
;; source
define i64 @f(i32 %x) {
  %z = zext nneg i32 %x to i64
  ret i64 %z
}
;; target
define i64 @f(i32 %x) {
  %z = sext i32 %x to i64
  ret i64 %z
}

;; pair: adding nneg to zext is wrong
;; expect: refuted
;; source
define i64 @f(i32 %x) {
  %z = zext i32 %x to i64
  ret i64 %z
}
;; target
define i64 @f(i32 %x) {
  %z = zext nneg i32 %x to i64
  ret i64 %z
}

;; pair: or disjoint equals add
;; expect: right
;; source
define i32 @f(i32 %x, i32 %y) {
  %o = or disjoint i32 %x, %y
  ret i32 %o
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %o = add i32 %x, %y
  ret i32 %o
}

;; pair: or disjoint equals xor
;; expect: right
;; source
define i32 @f(i32 %x, i32 %y) {
  %o = or disjoint i32 %x, %y
  ret i32 %o
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %o = xor i32 %x, %y
  ret i32 %o
}

;; pair: plain or is not add
;; expect: refuted
;; source
define i32 @f(i32 %x, i32 %y) {
  %o = or i32 %x, %y
  ret i32 %o
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %o = add i32 %x, %y
  ret i32 %o
}

;; pair: uitofp is not sitofp
;; expect: wrong
;; source
define float @f(i32 %x) {
  %z = uitofp i32 %x to float
  ret float %z
}
;; target
define float @f(i32 %x) {
  %z = sitofp i32 %x to float
  ret float %z
}

;; pair: adding nneg to uitofp is wrong
;; expect: refuted
;; source
define float @f(i32 %x) {
  %z = uitofp i32 %x to float
  ret float %z
}
;; target
define float @f(i32 %x) {
  %z = uitofp nneg i32 %x to float
  ret float %z
}

;; pair: gep nusw with a nonneg offset is gep nuw
;; expect: right
;; source
define ptr @f(ptr %p, i64 %i) {
  %c = icmp sge i64 %i, 0
  call void @llvm.assume(i1 %c)
  %q = getelementptr nusw i8, ptr %p, i64 %i
  ret ptr %q
}
declare void @llvm.assume(i1)
;; target
define ptr @f(ptr %p, i64 %i) {
  %c = icmp sge i64 %i, 0
  call void @llvm.assume(i1 %c)
  %q = getelementptr nusw nuw i8, ptr %p, i64 %i
  ret ptr %q
}
declare void @llvm.assume(i1)

;; pair: adding nuw to gep nusw with any offset is wrong
;; expect: wrong
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr nusw i8, ptr %p, i64 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr nusw nuw i8, ptr %p, i64 %i
  ret ptr %q
}

;; pair: gep nuw p, -1 is not poison (p = 0: the unsigned offset does not wrap)
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr nuw i8, ptr %p, i64 -1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr poison
}

;; pair: gep nusw p, -1 is not poison
;; expect: refuted
;; source
define ptr @f(ptr %p) {
  %q = getelementptr nusw i8, ptr %p, i64 -1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr poison
}

;; pair: icmp of trunc nuw can be done wide
;; expect: right
;; source
define i1 @f(i32 %x) {
  %t = trunc nuw i32 %x to i8
  %c = icmp ult i8 %t, 10
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  %c = icmp ult i32 %x, 10
  ret i1 %c
}

;; pair: fma of constants rounds once (ties to even), not to 2^-23 + 2^-50
;; expect: wrong
;; source
declare float @llvm.fma.f32(float, float, float)
define float @f() {
  %r = call float @llvm.fma.f32(float 0x3FF0000020000000, float 0x3FF0000020000000, float -1.0)
  ret float %r
}
;; target
define float @f() {
  %r = fadd float 0x3E80000000000000, 0x3CD0000000000000
  ret float %r
}

;; pair: bfloat fpext of 1.0
;; expect: right
;; source
define float @f() {
  %r = fpext bfloat 0xR3F80 to float
  ret float %r
}
;; target
define float @f() {
  ret float 1.0
}

;; pair: bfloat fpext of 1.0 is not 2.0
;; expect: wrong
;; source
define float @f() {
  %r = fpext bfloat 0xR3F80 to float
  ret float %r
}
;; target
define float @f() {
  ret float 2.0
}

;; pair: half fadd constant
;; expect: right
;; source
define half @f() {
  %r = fadd half 0xH3C00, 0xH3C00
  ret half %r
}
;; target
define half @f() {
  ret half 0xH4000
}

;; pair: half fadd constant is not 0xH3C00
;; expect: wrong
;; source
define half @f() {
  %r = fadd half 0xH3C00, 0xH3C00
  ret half %r
}
;; target
define half @f() {
  ret half 0xH3C00
}

;; pair: x86_fp80 fpext of 1.0
;; expect: right
;; source
define x86_fp80 @f() {
  %r = fpext double 1.0 to x86_fp80
  ret x86_fp80 %r
}
;; target
define x86_fp80 @f() {
  ret x86_fp80 0xK3FFF8000000000000000
}

;; pair: x86_fp80 fpext of 1.0 is not 2.0
;; expect: wrong
;; source
define x86_fp80 @f() {
  %r = fpext double 1.0 to x86_fp80
  ret x86_fp80 %r
}
;; target
define x86_fp80 @f() {
  ret x86_fp80 0xK40008000000000000000
}

;; pair: nsz allows x + 0.0 to become x
;; expect: right
;; source
define float @f(float %x) {
  %r = fadd nsz float %x, 0.0
  ret float %r
}
;; target
define float @f(float %x) {
  ret float %x
}

;; pair: without nsz x + 0.0 is not x
;; expect: refuted
;; source
define float @f(float %x) {
  %r = fadd float %x, 0.0
  ret float %r
}
;; target
define float @f(float %x) {
  ret float %x
}

;; pair: nnan fcmp uno is false
;; expect: right
;; source
define i1 @f(float %x) {
  %r = fcmp nnan uno float %x, %x
  ret i1 %r
}
;; target
define i1 @f(float %x) {
  ret i1 false
}

;; pair: fcmp uno is not false
;; expect: refuted
;; source
define i1 @f(float %x) {
  %r = fcmp uno float %x, %x
  ret i1 %r
}
;; target
define i1 @f(float %x) {
  ret i1 false
}

;; pair: ninf fmul by inf constant is poison
;; expect: right
;; source
define float @f(float %x) {
  %r = fmul ninf float %x, 0x7FF0000000000000
  ret float %r
}
;; target
define float @f(float %x) {
  ret float poison
}

;; pair: nsz does not allow x * 0.0 to become 0.0 (NaN)
;; expect: wrong
;; source
define float @f(float %x) {
  %r = fmul nsz float %x, 0.0
  ret float %r
}
;; target
define float @f(float %x) {
  ret float 0.0
}

;; pair: nnan nsz x * 0.0 is 0.0 (inf * 0 is a NaN result: poison under nnan)
;; expect: right
;; source
define float @f(float %x) {
  %r = fmul nnan nsz float %x, 0.0
  ret float %r
}
;; target
define float @f(float %x) {
  ret float 0.0
}

;; pair: nnan ninf nsz x * 0.0 is 0.0
;; expect: right
;; source
define float @f(float %x) {
  %r = fmul nnan ninf nsz float %x, 0.0
  ret float %r
}
;; target
define float @f(float %x) {
  ret float 0.0
}

;; pair: frem of constants
;; expect: right
;; source
define double @f() {
  %r = frem double 7.5, 2.0
  ret double %r
}
;; target
define double @f() {
  ret double 1.5
}

;; pair: frem is not IEEE remainder (7.5 rem 2 = -0.5)
;; expect: wrong
;; source
define double @f() {
  %r = frem double 7.5, 2.0
  ret double %r
}
;; target
define double @f() {
  ret double -0.5
}

;; pair: frem sign follows the dividend
;; expect: right
;; source
define double @f() {
  %r = frem double -7.5, 2.0
  ret double %r
}
;; target
define double @f() {
  ret double -1.5
}

;; pair: fptoui out of range is poison
;; expect: right
;; source
define i8 @f() {
  %r = fptoui float 300.0 to i8
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 poison
}

;; pair: fptoui in range is not poison
;; expect: wrong
;; source
define i8 @f() {
  %r = fptoui float 255.5 to i8
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 poison
}

;; pair: uitofp rounds to nearest even (2^24+1 to float)
;; expect: right
;; source
define float @f() {
  %r = uitofp i32 16777217 to float
  ret float %r
}
;; target
define float @f() {
  ret float 16777216.0
}

;; pair: uitofp does not round up here
;; expect: wrong
;; source
define float @f() {
  %r = uitofp i32 16777217 to float
  ret float %r
}
;; target
define float @f() {
  ret float 16777218.0
}

;; pair: fneg is not fsub from 0.0 (signed zero)
;; expect: wrong
;; source
define float @f(float %x) {
  %r = fneg float %x
  ret float %r
}
;; target
define float @f(float %x) {
  %r = fsub float 0.0, %x
  ret float %r
}

;; pair: fneg equals fsub from -0.0 up to NaN payload
;; expect: right
;; source
define float @f(float %x) {
  %r = fsub float -0.0, %x
  ret float %r
}
;; target
define float @f(float %x) {
  %r = fneg float %x
  ret float %r
}

;; pair: vector.reduce.add of a constant
;; expect: right
;; source
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
define i32 @f() {
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> <i32 1, i32 2, i32 3, i32 4>)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 10
}

;; pair: vector.reduce.add of a constant is not 11
;; expect: wrong
;; source
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
define i32 @f() {
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> <i32 1, i32 2, i32 3, i32 4>)
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 11
}

;; pair: vector.reduce.umax symbolic equals expanded
;; expect: right
;; source
declare i8 @llvm.vector.reduce.umax.v2i8(<2 x i8>)
define i8 @f(<2 x i8> %v) {
  %r = call i8 @llvm.vector.reduce.umax.v2i8(<2 x i8> %v)
  ret i8 %r
}
;; target
declare i8 @llvm.umax.i8(i8, i8)
define i8 @f(<2 x i8> %v) {
  %a = extractelement <2 x i8> %v, i32 0
  %b = extractelement <2 x i8> %v, i32 1
  %r = call i8 @llvm.umax.i8(i8 %a, i8 %b)
  ret i8 %r
}

;; pair: vector.reduce.smax is not umax
;; expect: wrong
;; source
declare i8 @llvm.vector.reduce.smax.v2i8(<2 x i8>)
define i8 @f(<2 x i8> %v) {
  %r = call i8 @llvm.vector.reduce.smax.v2i8(<2 x i8> %v)
  ret i8 %r
}
;; target
declare i8 @llvm.umax.i8(i8, i8)
define i8 @f(<2 x i8> %v) {
  %a = extractelement <2 x i8> %v, i32 0
  %b = extractelement <2 x i8> %v, i32 1
  %r = call i8 @llvm.umax.i8(i8 %a, i8 %b)
  ret i8 %r
}

;; pair: ordered fadd reduction with 0.0 start is not the plain sum (-0 + -0)
;; expect: wrong
;; source
declare float @llvm.vector.reduce.fadd.v2f32(float, <2 x float>)
define float @f(<2 x float> %v) {
  %r = call float @llvm.vector.reduce.fadd.v2f32(float 0.0, <2 x float> %v)
  ret float %r
}
;; target
define float @f(<2 x float> %v) {
  %a = extractelement <2 x float> %v, i32 0
  %b = extractelement <2 x float> %v, i32 1
  %s = fadd float %a, %b
  ret float %s
}

;; pair: bitcast <8 x i1> to i8: element 0 is the low bit
;; expect: right
;; source
define i8 @f() {
  %b = bitcast <8 x i1> <i1 1, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0> to i8
  ret i8 %b
}
;; target
define i8 @f() {
  ret i8 1
}

;; pair: bitcast <8 x i1> to i8: element 0 is not the high bit
;; expect: wrong
;; source
define i8 @f() {
  %b = bitcast <8 x i1> <i1 1, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0> to i8
  ret i8 %b
}
;; target
define i8 @f() {
  ret i8 -128
}

;; pair: bitcast <2 x i16> to i32 little endian
;; expect: right
;; source
define i32 @f() {
  %b = bitcast <2 x i16> <i16 1, i16 2> to i32
  ret i32 %b
}
;; target
define i32 @f() {
  ret i32 131073
}

;; pair: bitcast <2 x i16> to i32 is not big endian
;; expect: wrong
;; source
define i32 @f() {
  %b = bitcast <2 x i16> <i16 1, i16 2> to i32
  ret i32 %b
}
;; target
define i32 @f() {
  ret i32 65538
}

;; pair: extractelement out of range is poison
;; expect: right
;; source
define i32 @f(<4 x i32> %v) {
  %e = extractelement <4 x i32> %v, i32 7
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> %v) {
  ret i32 poison
}

;; pair: insertelement out of range is poison
;; expect: right
;; source
define <4 x i32> @f(<4 x i32> %v) {
  %e = insertelement <4 x i32> %v, i32 1, i32 4
  ret <4 x i32> %e
}
;; target
define <4 x i32> @f(<4 x i32> %v) {
  ret <4 x i32> poison
}

;; pair: insertelement in range is not poison
;; expect: wrong
;; source
define <4 x i32> @f(<4 x i32> %v) {
  %e = insertelement <4 x i32> %v, i32 1, i32 3
  ret <4 x i32> %e
}
;; target
define <4 x i32> @f(<4 x i32> %v) {
  ret <4 x i32> poison
}

;; pair: vector.reduce.or of i1 mask
;; expect: right
;; source
declare i1 @llvm.vector.reduce.or.v4i1(<4 x i1>)
define i1 @f(<4 x i32> %v) {
  %c = icmp eq <4 x i32> %v, zeroinitializer
  %r = call i1 @llvm.vector.reduce.or.v4i1(<4 x i1> %c)
  ret i1 %r
}
;; target
define i1 @f(<4 x i32> %v) {
  %c = icmp eq <4 x i32> %v, zeroinitializer
  %b = bitcast <4 x i1> %c to i4
  %r = icmp ne i4 %b, 0
  ret i1 %r
}

;; pair: vector.reduce.and is not reduce.or
;; expect: wrong
;; source
declare i1 @llvm.vector.reduce.and.v4i1(<4 x i1>)
define i1 @f(<4 x i32> %v) {
  %c = icmp eq <4 x i32> %v, zeroinitializer
  %r = call i1 @llvm.vector.reduce.and.v4i1(<4 x i1> %c)
  ret i1 %r
}
;; target
define i1 @f(<4 x i32> %v) {
  %c = icmp eq <4 x i32> %v, zeroinitializer
  %b = bitcast <4 x i1> %c to i4
  %r = icmp ne i4 %b, 0
  ret i1 %r
}

;; pair: load after lifetime.end is not the stored value
;; expect: wrong
;; source
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
declare void @g(ptr)
define i32 @f() {
  %a = alloca i32
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  store i32 5, ptr %a
  call void @llvm.lifetime.end.p0(i64 4, ptr %a)
  call void @llvm.lifetime.start.p0(i64 4, ptr %a)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 5
}

;; pair: noalias params: store through q does not change *p
;; expect: right
;; source
define i32 @f(ptr noalias %p, ptr noalias %q) {
  store i32 1, ptr %p
  store i32 2, ptr %q
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr noalias %p, ptr noalias %q) {
  store i32 1, ptr %p
  store i32 2, ptr %q
  ret i32 1
}

;; pair: without noalias a store through q may change *p
;; expect: refuted
;; source
define i32 @f(ptr %p, ptr %q) {
  store i32 1, ptr %p
  store i32 2, ptr %q
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p, ptr %q) {
  store i32 1, ptr %p
  store i32 2, ptr %q
  ret i32 1
}

;; pair: noalias on one parameter: a store through it may still change what the other reads
;; expect: wrong
;; source
define i32 @f(ptr noalias %p, ptr %q) {
  %v = load i32, ptr %q
  store i32 1, ptr %p
  %w = load i32, ptr %q
  %s = sub i32 %w, %v
  ret i32 %s
}
;; target
define i32 @f(ptr noalias %p, ptr %q) {
  store i32 1, ptr %p
  ret i32 0
}

;; pair: volatile load cannot be removed
;; expect: wrong
;; source
define void @f(ptr %p) {
  %v = load volatile i32, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: volatile store cannot be duplicated
;; expect: wrong
;; source
define void @f(ptr %p) {
  store volatile i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store volatile i32 1, ptr %p
  store volatile i32 1, ptr %p
  ret void
}

;; pair: a plain load may become an unordered atomic load
;; expect: right
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %v = load atomic i32, ptr %p unordered, align 4
  ret i32 %v
}

;; pair: atomicrmw add returns the old value
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = atomicrmw add ptr %p, i32 1 seq_cst
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %n = add i32 %v, 1
  store i32 %n, ptr %p
  ret i32 %n
}

;; pair: cmpxchg success flag
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %r = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
  %s = extractvalue { i32, i1 } %r, 1
  ret i1 %s
}
;; target
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: objectsize of a 16-byte alloca
;; expect: right
;; source
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  %a = alloca [16 x i8]
  %s = call i64 @llvm.objectsize.i64.p0(ptr %a, i1 false, i1 false, i1 false)
  ret i64 %s
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: objectsize of a 16-byte alloca is not 8
;; expect: wrong
;; source
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f() {
  %a = alloca [16 x i8]
  %s = call i64 @llvm.objectsize.i64.p0(ptr %a, i1 false, i1 false, i1 false)
  ret i64 %s
}
;; target
define i64 @f() {
  ret i64 8
}

;; pair: objectsize of an unknown pointer (max) may be -1 but not 0
;; expect: wrong
;; source
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)
define i64 @f(ptr %p) {
  %s = call i64 @llvm.objectsize.i64.p0(ptr %p, i1 false, i1 false, i1 false)
  ret i64 %s
}
;; target
define i64 @f(ptr %p) {
  ret i64 0
}

;; pair: assume false is UB
;; expect: right
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 %x) {
  call void @llvm.assume(i1 false)
  ret i32 %x
}
;; target
define i32 @f(i32 %x) {
  unreachable
}

;; pair: a removed assume of a poison condition hides nothing
;; expect: right
;; source
declare void @llvm.assume(i1)
define i32 @f(i32 %x) {
  %c = icmp sgt i32 %x, 0
  call void @llvm.assume(i1 %c)
  %d = sdiv i32 %x, 2
  ret i32 %d
}
;; target
define i32 @f(i32 %x) {
  %d = lshr i32 %x, 1
  ret i32 %d
}

;; pair: addrspace(1) null load is not UB
;; expect: wrong
;; source
define i32 @f() {
  %v = load i32, ptr addrspace(1) null
  ret i32 %v
}
;; target
define i32 @f() {
  unreachable
}

;; pair: store to addrspace(1) pointer cannot be dropped
;; expect: wrong
;; source
define void @f(ptr addrspace(1) %p) {
  store i32 1, ptr addrspace(1) %p
  ret void
}
;; target
define void @f(ptr addrspace(1) %p) {
  ret void
}

;; pair: threadlocal.address of a thread-local global
;; expect: right
;; source
@t = thread_local global i32 0
declare ptr @llvm.threadlocal.address.p0(ptr)
define i32 @f() {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @t)
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@t = thread_local global i32 0
declare ptr @llvm.threadlocal.address.p0(ptr)
define i32 @f() {
  %p = call ptr @llvm.threadlocal.address.p0(ptr @t)
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: thread-local global: load is not its initializer after a call
;; expect: wrong
;; source
@t = thread_local global i32 0
declare void @g()
define i32 @f() {
  call void @g()
  %v = load i32, ptr @t
  ret i32 %v
}
;; target
@t = thread_local global i32 0
declare void @g()
define i32 @f() {
  call void @g()
  ret i32 0
}

;; pair: memmove with overlapping ranges
;; expect: right
;; source
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define i8 @f() {
  %a = alloca [4 x i8]
  store i32 67305985, ptr %a
  %b = getelementptr i8, ptr %a, i64 1
  call void @llvm.memmove.p0.p0.i64(ptr %b, ptr %a, i64 3, i1 false)
  %c = getelementptr i8, ptr %a, i64 3
  %v = load i8, ptr %c
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 3
}

;; pair: memmove with overlapping ranges is not a forward byte copy
;; expect: wrong
;; source
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
define i8 @f() {
  %a = alloca [4 x i8]
  store i32 67305985, ptr %a
  %b = getelementptr i8, ptr %a, i64 1
  call void @llvm.memmove.p0.p0.i64(ptr %b, ptr %a, i64 3, i1 false)
  %c = getelementptr i8, ptr %a, i64 3
  %v = load i8, ptr %c
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 1
}

;; pair: memset.inline writes bytes
;; expect: right
;; source
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64, i1)
define i32 @f() {
  %a = alloca i32
  call void @llvm.memset.inline.p0.i64(ptr %a, i8 1, i64 4, i1 false)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 16843009
}

;; pair: memset.inline writes bytes (wrong value)
;; expect: wrong
;; source
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64, i1)
define i32 @f() {
  %a = alloca i32
  call void @llvm.memset.inline.p0.i64(ptr %a, i8 1, i64 4, i1 false)
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: gep inbounds of null with a nonzero offset is poison
;; expect: right
;; source
define ptr @f() {
  %q = getelementptr inbounds i8, ptr null, i64 4
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr poison
}

;; pair: plain gep of null with an offset is not poison
;; expect: wrong
;; source
define ptr @f() {
  %q = getelementptr i8, ptr null, i64 4
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr poison
}

;; pair: inttoptr 0 is null
;; expect: right
;; source
define i1 @f() {
  %p = inttoptr i64 0 to ptr
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: ptrtoint of null is 0
;; expect: right
;; source
define i64 @f() {
  %i = ptrtoint ptr null to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 0
}

;; pair: ptrtoint to i32 truncates
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %i = ptrtoint ptr %p to i32
  ret i32 %i
}
;; target
define i32 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %s = lshr i64 %i, 32
  %t = trunc i64 %s to i32
  ret i32 %t
}

;; pair: load of a select of pointers is UB where the condition is poison, a select of loads is not
;; expect: wrong
;; source
define i32 @f(i1 %c, ptr %p, ptr %q) {
  %a = load i32, ptr %p
  %b = load i32, ptr %q
  %r = select i1 %c, i32 %a, i32 %b
  ret i32 %r
}
;; target
define i32 @f(i1 %c, ptr %p, ptr %q) {
  %a = load i32, ptr %p
  %b = load i32, ptr %q
  %s = select i1 %c, ptr %p, ptr %q
  %r = load i32, ptr %s
  ret i32 %r
}

;; pair: load of select without both loads is not speculatable
;; expect: wrong
;; source
define i32 @f(i1 %c, ptr %p, ptr %q) {
  br i1 %c, label %a, label %b
a:
  %x = load i32, ptr %p
  ret i32 %x
b:
  ret i32 0
}
;; target
define i32 @f(i1 %c, ptr %p, ptr %q) {
  %x = load i32, ptr %p
  %r = select i1 %c, i32 %x, i32 0
  ret i32 %r
}

;; pair: store to a local then return: store dead
;; expect: right
;; source
define void @f() {
  %a = alloca i32
  store i32 1, ptr %a
  ret void
}
;; target
define void @f() {
  ret void
}

;; pair: icmp of two distinct allocas is false
;; expect: right
;; source
define i1 @f() {
  %a = alloca i32
  %b = alloca i32
  %c = icmp eq ptr %a, %b
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: an alloca is not null
;; expect: right
;; source
define i1 @f() {
  %a = alloca i32
  %c = icmp eq ptr %a, null
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: an alloca's address is not equal to a parameter (it might be one past its end)
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %a = alloca i32
  %q = getelementptr i8, ptr %p, i64 4
  %c = icmp eq ptr %a, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: gep inbounds past the end plus one is poison
;; expect: right
;; source
define ptr @f() {
  %a = alloca [4 x i8]
  %q = getelementptr inbounds i8, ptr %a, i64 5
  ret ptr %q
}
;; target
define ptr @f() {
  ret ptr poison
}

;; pair: urem by power of two is and
;; expect: right
;; source
define i32 @f(i32 %x) {
  %r = urem i32 %x, 8
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = and i32 %x, 7
  ret i32 %r
}

;; pair: srem by power of two is not and
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %r = srem i32 %x, 8
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %r = and i32 %x, 7
  ret i32 %r
}

;; pair: select with poison condition is poison
;; expect: right
;; source
define i32 @f(i32 %a, i32 %b) {
  %r = select i1 poison, i32 %a, i32 %b
  ret i32 %r
}
;; target
define i32 @f(i32 %a, i32 %b) {
  ret i32 poison
}

;; pair: select with a poison false arm and a true condition is the true arm
;; expect: right
;; source
define i32 @f(i32 %a) {
  %r = select i1 true, i32 %a, i32 poison
  ret i32 %r
}
;; target
define i32 @f(i32 %a) {
  ret i32 %a
}

;; pair: select c, x, poison may become x (poison refines)
;; expect: right
;; source
define i32 @f(i1 %c, i32 %a) {
  %r = select i1 %c, i32 %a, i32 poison
  ret i32 %r
}
;; target
define i32 @f(i1 %c, i32 %a) {
  ret i32 %a
}

;; pair: and with select is not logical and (poison)
;; expect: wrong
;; source
define i1 @f(i1 %a, i1 %b) {
  %r = select i1 %a, i1 %b, i1 false
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %r = and i1 %a, %b
  ret i1 %r
}

;; pair: and to select is fine
;; expect: right
;; source
define i1 @f(i1 %a, i1 %b) {
  %r = and i1 %a, %b
  ret i1 %r
}
;; target
define i1 @f(i1 %a, i1 %b) {
  %r = select i1 %a, i1 %b, i1 false
  ret i1 %r
}

;; pair: switch on poison is UB
;; expect: right
;; source
define i32 @f() {
  switch i32 poison, label %d [ i32 0, label %a ]
a:
  ret i32 1
d:
  ret i32 2
}
;; target
define i32 @f() {
  unreachable
}

;; pair: phi of the same value
;; expect: right
;; source
define i32 @f(i1 %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %x, %a ], [ %x, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 %c, i32 %x) {
  ret i32 %x
}

;; pair: branch on undef removed: target picks a path
;; expect: right
;; source
define i32 @f() {
  br i1 undef, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: sdiv by -1 of INT_MIN is UB: target may be anything
;; expect: right
;; source
define i32 @f() {
  %r = sdiv i32 -2147483648, -1
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 7
}

;; pair: udiv exact by a non-divisor is poison
;; expect: right
;; source
define i32 @f() {
  %r = udiv exact i32 7, 2
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: ashr exact dropping ones is poison
;; expect: right
;; source
define i8 @f() {
  %r = ashr exact i8 -1, 1
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 poison
}

;; pair: store float then load i32 reads the bits
;; expect: right
;; source
define i32 @f() {
  %a = alloca float
  store float 1.0, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 1065353216
}

;; pair: store i32 then load float of the bits
;; expect: wrong
;; source
define float @f() {
  %a = alloca i32
  store i32 1065353216, ptr %a
  %v = load float, ptr %a
  ret float %v
}
;; target
define float @f() {
  ret float 2.0
}

;; pair: memset then load float
;; expect: right
;; source
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
define float @f() {
  %a = alloca float
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 4, i1 false)
  %v = load float, ptr %a
  ret float %v
}
;; target
define float @f() {
  ret float 0.0
}

;; pair: partial overwrite of an i32 by an i8 store
;; expect: right
;; source
define i32 @f() {
  %a = alloca i32
  store i32 -1, ptr %a
  %b = getelementptr i8, ptr %a, i64 1
  store i8 0, ptr %b
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 -65281
}

;; pair: partial overwrite wrong byte
;; expect: wrong
;; source
define i32 @f() {
  %a = alloca i32
  store i32 -1, ptr %a
  %b = getelementptr i8, ptr %a, i64 1
  store i8 0, ptr %b
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 -256
}

;; pair: store of a vector then scalar load of lane 1
;; expect: right
;; source
define i16 @f() {
  %a = alloca <2 x i16>
  store <2 x i16> <i16 1, i16 2>, ptr %a
  %b = getelementptr i8, ptr %a, i64 2
  %v = load i16, ptr %b
  ret i16 %v
}
;; target
define i16 @f() {
  ret i16 2
}

;; pair: struct store then field load
;; expect: right
;; source
define i32 @f() {
  %a = alloca { i8, i32 }
  store { i8, i32 } { i8 1, i32 7 }, ptr %a
  %b = getelementptr { i8, i32 }, ptr %a, i64 0, i32 1
  %v = load i32, ptr %b
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 7
}

;; pair: struct padding is undef, so a load of it may be 0
;; expect: right
;; source
define i8 @f() {
  %a = alloca { i8, i32 }
  store { i8, i32 } { i8 1, i32 7 }, ptr %a
  %b = getelementptr i8, ptr %a, i64 1
  %v = load i8, ptr %b
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: i128 multiply constant
;; expect: right
;; source
define i128 @f() {
  %r = mul i128 18446744073709551616, 18446744073709551616
  ret i128 %r
}
;; target
define i128 @f() {
  ret i128 0
}

;; pair: fshl with amount beyond the width takes it modulo
;; expect: right
;; source
declare i8 @llvm.fshl.i8(i8, i8, i8)
define i8 @f() {
  %r = call i8 @llvm.fshl.i8(i8 1, i8 0, i8 9)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 2
}

;; pair: ctlz of zero without the poison flag is the width
;; expect: right
;; source
declare i8 @llvm.ctlz.i8(i8, i1)
define i8 @f() {
  %r = call i8 @llvm.ctlz.i8(i8 0, i1 false)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 8
}

;; pair: abs of INT_MIN without the flag is INT_MIN
;; expect: right
;; source
declare i8 @llvm.abs.i8(i8, i1)
define i8 @f() {
  %r = call i8 @llvm.abs.i8(i8 -128, i1 false)
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 -128
}

;; pair: an i1 load of a byte holding 3 is undef, so true refines it
;; expect: right
;; source
define i1 @f() {
  %a = alloca i8
  store i8 3, ptr %a
  %v = load i1, ptr %a
  ret i1 %v
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: bswap of i16
;; expect: right
;; source
declare i16 @llvm.bswap.i16(i16)
define i16 @f() {
  %r = call i16 @llvm.bswap.i16(i16 258)
  ret i16 %r
}
;; target
define i16 @f() {
  ret i16 513
}

;; pair: usub.with.overflow flag
;; expect: right
;; source
declare { i8, i1 } @llvm.usub.with.overflow.i8(i8, i8)
define i1 @f() {
  %r = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 1, i8 2)
  %o = extractvalue { i8, i1 } %r, 1
  ret i1 %o
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: extractvalue of insertvalue
;; expect: right
;; source
define i32 @f(i32 %x) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 1
  %b = extractvalue { i32, i32 } %a, 1
  ret i32 %b
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: extractvalue of the other field is poison
;; expect: right
;; source
define i32 @f(i32 %x) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 1
  %b = extractvalue { i32, i32 } %a, 0
  ret i32 %b
}
;; target
define i32 @f(i32 %x) {
  ret i32 poison
}

;; pair: undef in a struct constant, target picks
;; expect: right
;; source
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 1, i32 undef }
}
;; target
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 1, i32 5 }
}

;; pair: struct field undef cannot become poison
;; expect: wrong
;; source
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 1, i32 undef }
}
;; target
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 1, i32 poison }
}

;; pair: a call to an unknown function cannot be removed
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  ret void
}
;; target
define void @f() {
  ret void
}

;; pair: a pure willreturn nounwind call whose result is unused may be removed
;; expect: right
;; source
declare i32 @g(i32) memory(none) willreturn nounwind
define void @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  ret void
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
define void @f(i32 %x) {
  ret void
}

;; pair: a pure call may not be speculated onto a path without it
;; expect: wrong
;; source
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i1 %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  %r = call i32 @g(i32 %x)
  ret i32 %r
b:
  ret i32 0
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind
define i32 @f(i1 %c, i32 %x) {
  %r = call i32 @g(i32 %x)
  %s = select i1 %c, i32 %r, i32 0
  ret i32 %s
}

;; pair: a speculatable pure call may be speculated
;; expect: right
;; source
declare i32 @g(i32) memory(none) willreturn nounwind speculatable
define i32 @f(i1 %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  %r = call i32 @g(i32 %x)
  ret i32 %r
b:
  ret i32 0
}
;; target
declare i32 @g(i32) memory(none) willreturn nounwind speculatable
define i32 @f(i1 %c, i32 %x) {
  %r = call i32 @g(i32 %x)
  %s = select i1 %c, i32 %r, i32 0
  ret i32 %s
}

;; pair: two calls to a writing function are not one
;; expect: wrong
;; source
declare i32 @g()
define i32 @f() {
  %a = call i32 @g()
  %b = call i32 @g()
  %s = add i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @g()
define i32 @f() {
  %a = call i32 @g()
  %s = shl i32 %a, 1
  ret i32 %s
}

;; pair: a store before an unknown call cannot move after it
;; expect: wrong
;; source
declare void @g()
define void @f(ptr %p) {
  store i32 1, ptr %p
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f(ptr %p) {
  call void @g()
  store i32 1, ptr %p
  ret void
}

;; pair: a load after a call of a readonly function can be moved before it
;; expect: right
;; source
declare i32 @g() memory(read) willreturn nounwind
define i32 @f(ptr %p) {
  %a = call i32 @g()
  %v = load i32, ptr %p
  %s = add i32 %a, %v
  ret i32 %s
}
;; target
declare i32 @g() memory(read) willreturn nounwind
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %a = call i32 @g()
  %s = add i32 %a, %v
  ret i32 %s
}

;; pair: UB after a call that may not return cannot be hoisted before it
;; expect: wrong
;; source
declare void @g()
define void @f() {
  call void @g()
  unreachable
}
;; target
define void @f() {
  unreachable
}

;; pair: UB after a willreturn nounwind call can be hoisted
;; expect: right
;; source
declare void @g() willreturn nounwind
define void @f() {
  call void @g()
  unreachable
}
;; target
define void @f() {
  unreachable
}

;; pair: a call with a noundef argument of poison is UB
;; expect: right
;; source
declare void @g(i32 noundef)
define void @f() {
  call void @g(i32 poison)
  ret void
}
;; target
define void @f() {
  unreachable
}

;; pair: a call with a poison argument (no noundef) is not UB
;; expect: wrong
;; source
declare void @g(i32)
define void @f() {
  call void @g(i32 poison)
  ret void
}
;; target
define void @f() {
  unreachable
}

;; pair: tail call marker changes nothing
;; expect: right
;; source
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %r = call i32 @g(i32 %x)
  ret i32 %r
}
;; target
declare i32 @g(i32)
define i32 @f(i32 %x) {
  %r = tail call i32 @g(i32 %x)
  ret i32 %r
}

;; pair: an argmem callee may change a global its pointer argument may point to
;; expect: wrong
;; source
@gv = global i32 0
declare void @g(ptr) memory(argmem: readwrite) nounwind willreturn
define i32 @f(ptr %p) {
  store i32 5, ptr @gv
  call void @g(ptr %p)
  %v = load i32, ptr @gv
  ret i32 %v
}
;; target
@gv = global i32 0
declare void @g(ptr) memory(argmem: readwrite) nounwind willreturn
define i32 @f(ptr %p) {
  store i32 5, ptr @gv
  call void @g(ptr %p)
  ret i32 5
}

;; pair: an argmem callee given the global can change it
;; expect: wrong
;; source
@gv = global i32 0
declare void @g(ptr) memory(argmem: readwrite) nounwind willreturn
define i32 @f() {
  store i32 5, ptr @gv
  call void @g(ptr @gv)
  %v = load i32, ptr @gv
  ret i32 %v
}
;; target
@gv = global i32 0
declare void @g(ptr) memory(argmem: readwrite) nounwind willreturn
define i32 @f() {
  store i32 5, ptr @gv
  call void @g(ptr @gv)
  ret i32 5
}

;; pair: an argmem callee given p+4 may reach p's whole object
;; expect: wrong
;; source
declare void @g(ptr) memory(argmem: readwrite) nounwind willreturn
define i32 @f(ptr %p) {
  store i32 5, ptr %p
  %q = getelementptr i8, ptr %p, i64 4
  call void @g(ptr %q)
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
declare void @g(ptr) memory(argmem: readwrite) nounwind willreturn
define i32 @f(ptr %p) {
  store i32 5, ptr %p
  %q = getelementptr i8, ptr %p, i64 4
  call void @g(ptr %q)
  ret i32 5
}

;; pair: vector udiv by a zero lane is UB
;; expect: right
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = udiv <2 x i32> %x, <i32 1, i32 0>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  unreachable
}

;; pair: vector shift by an out-of-range lane is poison in that lane only
;; expect: wrong
;; source
define <2 x i32> @f(<2 x i32> %x) {
  %r = shl <2 x i32> %x, <i32 1, i32 40>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %x) {
  ret <2 x i32> poison
}

;; pair: vector select with a poison condition lane
;; expect: right
;; source
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = select <2 x i1> <i1 true, i1 poison>, <2 x i32> %a, <2 x i32> %b
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %a, <2 x i32> %b) {
  %r = shufflevector <2 x i32> %a, <2 x i32> poison, <2 x i32> <i32 0, i32 poison>
  ret <2 x i32> %r
}

;; pair: vector icmp of pointers
;; expect: right
;; source
define <2 x i1> @f(<2 x ptr> %p) {
  %r = icmp eq <2 x ptr> %p, %p
  ret <2 x i1> %r
}
;; target
define <2 x i1> @f(<2 x ptr> %p) {
  %r = icmp eq <2 x ptr> %p, %p
  %q = or <2 x i1> %r, %r
  ret <2 x i1> %q
}

;; pair: bitcast <2 x i32> to <4 x i16> lanes
;; expect: right
;; source
define i16 @f() {
  %b = bitcast <2 x i32> <i32 65538, i32 3> to <4 x i16>
  %e = extractelement <4 x i16> %b, i32 1
  ret i16 %e
}
;; target
define i16 @f() {
  ret i16 1
}

;; pair: bitcast <2 x i32> to <4 x i16> wrong lane
;; expect: wrong
;; source
define i16 @f() {
  %b = bitcast <2 x i32> <i32 65538, i32 3> to <4 x i16>
  %e = extractelement <4 x i16> %b, i32 1
  ret i16 %e
}
;; target
define i16 @f() {
  ret i16 2
}

;; pair: bitcast with one poison lane poisons the overlapping wide lane only
;; expect: wrong
;; source
define <2 x i32> @f() {
  %b = bitcast <4 x i16> <i16 1, i16 poison, i16 3, i16 4> to <2 x i32>
  ret <2 x i32> %b
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> poison
}

;; pair: sext of vector i1
;; expect: right
;; source
define <2 x i8> @f() {
  %r = sext <2 x i1> <i1 true, i1 false> to <2 x i8>
  ret <2 x i8> %r
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 -1, i8 0>
}

;; pair: vector gep
;; expect: wrong
;; source
define <2 x ptr> @f(ptr %p) {
  %r = getelementptr i32, ptr %p, <2 x i64> <i64 0, i64 1>
  ret <2 x ptr> %r
}
;; target
define <2 x ptr> @f(ptr %p) {
  %r = getelementptr i32, ptr %p, <2 x i64> <i64 0, i64 0>
  ret <2 x ptr> %r
}

;; pair: load of a vector from memory then extract equals scalar load
;; expect: right
;; source
define i32 @f(ptr %p) {
  %v = load <4 x i32>, ptr %p, align 4
  %e = extractelement <4 x i32> %v, i32 2
  ret i32 %e
}
;; target
define i32 @f(ptr %p) {
  %v = load <4 x i32>, ptr %p, align 4
  %q = getelementptr i8, ptr %p, i64 8
  %e = load i32, ptr %q, align 4
  ret i32 %e
}

;; pair: store of <4 x i1> then load i8 is not simply the bits (bit-packed)
;; expect: wrong
;; source
define i8 @f() {
  %a = alloca i8
  store <4 x i1> <i1 1, i1 0, i1 1, i1 0>, ptr %a
  %v = load i8, ptr %a
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 1
}

;; pair: externally_initialized constant: initializer may not be folded
;; expect: wrong
;; source
@g = externally_initialized constant i32 0
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = externally_initialized constant i32 0
define i32 @f() {
  ret i32 0
}

;; pair: weak_odr constant may be folded
;; expect: right
;; source
@g = weak_odr constant i32 7
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = weak_odr constant i32 7
define i32 @f() {
  ret i32 7
}

;; pair: available_externally constant may be folded
;; expect: right
;; source
@g = available_externally constant i32 7
define i32 @f() {
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = available_externally constant i32 7
define i32 @f() {
  ret i32 7
}

;; pair: byval: a store into the copy is invisible to the caller
;; expect: right
;; source
define void @f(ptr byval(i32) %p) {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr byval(i32) %p) {
  ret void
}

;; pair: no byval: the store is visible
;; expect: wrong
;; source
define void @f(ptr %p) {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: byval: a read of the copy sees the caller's value
;; expect: wrong
;; source
define i32 @f(ptr byval(i32) %p) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr byval(i32) %p) {
  ret i32 0
}

;; pair: sret store is visible
;; expect: wrong
;; source
define void @f(ptr sret(i32) %p) {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr sret(i32) %p) {
  ret void
}

;; pair: initializes attribute does not make a store removable
;; expect: wrong
;; source
define void @f(ptr initializes((0, 4)) %p) {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr initializes((0, 4)) %p) {
  ret void
}

;; pair: target adding initializes is wrong when not stored
;; expect: wrong
;; source
define void @f(ptr %p) {
  ret void
}
;; target
define void @f(ptr initializes((0, 4)) %p) {
  ret void
}

;; pair: writable dereferenceable allows store speculation
;; expect: right
;; source
define void @f(ptr writable dereferenceable(4) %p, i1 %c) {
  br i1 %c, label %a, label %b
a:
  store i32 1, ptr %p
  ret void
b:
  ret void
}
;; target
define void @f(ptr writable dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %s = select i1 %c, i32 1, i32 %v
  store i32 %s, ptr %p, align 1
  ret void
}

;; pair: dereferenceable without writable does not allow store speculation
;; expect: wrong
;; source
define void @f(ptr dereferenceable(4) %p, i1 %c) {
  br i1 %c, label %a, label %b
a:
  store i32 1, ptr %p
  ret void
b:
  ret void
}
;; target
define void @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %s = select i1 %c, i32 1, i32 %v
  store i32 %s, ptr %p, align 1
  ret void
}

;; pair: dead_on_unwind does not allow removing a store on the normal return path
;; expect: wrong
;; source
define void @f(ptr dead_on_unwind %p) {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr dead_on_unwind %p) {
  ret void
}

;; pair: noalias return of a call: a store through another pointer does not alter it
;; expect: right
;; source
declare noalias ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
declare noalias ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  ret i8 1
}

;; pair: without noalias return the store may alias
;; expect: wrong
;; source
declare ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
declare ptr @m(i64)
define i8 @f(ptr %q) {
  %p = call ptr @m(i64 4)
  store i8 1, ptr %p
  store i8 2, ptr %q
  ret i8 1
}

;; pair: returned attribute: the call returns its argument
;; expect: right
;; source
declare ptr @id(ptr returned)
define ptr @f(ptr %p) {
  %r = call ptr @id(ptr %p)
  ret ptr %r
}
;; target
declare ptr @id(ptr returned)
define ptr @f(ptr %p) {
  %r = call ptr @id(ptr %p)
  ret ptr %p
}

;; pair: alias of a global with an offset
;; expect: right
;; source
@g = global [2 x i32] [i32 1, i32 2]
@a = alias i32, getelementptr (i8, ptr @g, i64 4)
define i32 @f() {
  store i32 5, ptr @a
  %v = load i32, ptr getelementptr (i8, ptr @g, i64 4)
  ret i32 %v
}
;; target
@g = global [2 x i32] [i32 1, i32 2]
@a = alias i32, getelementptr (i8, ptr @g, i64 4)
define i32 @f() {
  store i32 5, ptr @a
  ret i32 5
}

;; pair: alias of a global with an offset is not the global's start
;; expect: wrong
;; source
@g = global [2 x i32] [i32 1, i32 2]
@a = alias i32, getelementptr (i8, ptr @g, i64 4)
define i32 @f() {
  store i32 5, ptr @a
  %v = load i32, ptr @g
  ret i32 %v
}
;; target
@g = global [2 x i32] [i32 1, i32 2]
@a = alias i32, getelementptr (i8, ptr @g, i64 4)
define i32 @f() {
  store i32 5, ptr @a
  ret i32 5
}

;; pair: unnamed_addr constants may have equal addresses
;; expect: wrong
;; source
@x = private unnamed_addr constant i32 1
@y = private unnamed_addr constant i32 1
define i1 @f() {
  %c = icmp eq ptr @x, @y
  ret i1 %c
}
;; target
@x = private unnamed_addr constant i32 1
@y = private unnamed_addr constant i32 1
define i1 @f() {
  ret i1 false
}

;; pair: distinct named globals have distinct addresses
;; expect: right
;; source
@x = global i32 1
@y = global i32 1
define i1 @f() {
  %c = icmp eq ptr @x, @y
  ret i1 %c
}
;; target
@x = global i32 1
@y = global i32 1
define i1 @f() {
  ret i1 false
}

;; pair: freeze of a vector with a poison lane gives any value there, not poison
;; expect: wrong
;; source
define <2 x i32> @f() {
  %r = freeze <2 x i32> <i32 1, i32 poison>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 poison>
}

;; pair: freeze of a vector with a poison lane may be any value
;; expect: right
;; source
define <2 x i32> @f() {
  %r = freeze <2 x i32> <i32 1, i32 poison>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 1, i32 9>
}

;; pair: freeze of a struct keeps defined fields
;; expect: wrong
;; source
define { i32, i32 } @f() {
  %r = freeze { i32, i32 } { i32 1, i32 poison }
  ret { i32, i32 } %r
}
;; target
define { i32, i32 } @f() {
  ret { i32, i32 } { i32 2, i32 0 }
}

;; pair: freeze of a pointer argument
;; expect: right
;; source
define ptr @f(ptr noundef %p) {
  %q = freeze ptr %p
  ret ptr %q
}
;; target
define ptr @f(ptr noundef %p) {
  ret ptr %p
}

;; pair: two freezes of poison may differ, so true (one of the outcomes) refines their comparison
;; expect: right
;; source
define i1 @f() {
  %a = freeze i32 poison
  %b = freeze i32 poison
  %c = icmp eq i32 %a, %b
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: one freeze used twice is equal to itself
;; expect: right
;; source
define i1 @f(i32 %x) {
  %a = freeze i32 %x
  %c = icmp eq i32 %a, %a
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: x == x of an undef x may be false, so true refines it
;; expect: right
;; source
define i1 @f(i32 %x) {
  %c = icmp eq i32 %x, %x
  ret i1 %c
}
;; target
define i1 @f(i32 %x) {
  ret i1 true
}

;; pair: store undef then load, target returns 0
;; expect: right
;; source
define i32 @f() {
  %a = alloca i32
  store i32 undef, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: a load of stored poison is poison
;; expect: right
;; source
define i32 @f() {
  %a = alloca i32
  store i32 poison, ptr %a
  %v = load i32, ptr %a
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 poison
}

;; pair: store undef to caller memory cannot become store of poison
;; expect: wrong
;; source
define void @f(ptr %p) {
  store i32 undef, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 poison, ptr %p
  ret void
}

;; pair: a phi of x and undef is not x: x may be poison, which does not refine undef
;; expect: wrong
;; source
define i32 @f(i1 %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %x, %a ], [ undef, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 %c, i32 %x) {
  ret i32 %x
}

;; pair: a phi of x and poison may become x
;; expect: right
;; source
define i32 @f(i1 %c, i32 %x) {
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %x, %a ], [ poison, %b ]
  ret i32 %p
}
;; target
define i32 @f(i1 %c, i32 %x) {
  ret i32 %x
}

;; pair: select undef condition chooses either arm
;; expect: right
;; source
define i32 @f(i32 %a, i32 %b) {
  %r = select i1 undef, i32 %a, i32 %b
  ret i32 %r
}
;; target
define i32 @f(i32 %a, i32 %b) {
  ret i32 %a
}

;; pair: undef & 1 is 0 or 1 only
;; expect: wrong
;; source
define i32 @f() {
  %r = and i32 undef, 1
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 2
}

;; pair: undef | -1 is -1
;; expect: right
;; source
define i32 @f() {
  %r = or i32 undef, -1
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 -1
}

;; pair: mul undef, 2 is even
;; expect: wrong
;; source
define i32 @f() {
  %r = mul i32 undef, 2
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 1
}

;; pair: udiv by undef is UB (undef may be 0)
;; expect: right
;; source
define i32 @f(i32 %x) {
  %r = udiv i32 %x, undef
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  unreachable
}

;; pair: memcpy of uninitialized local to caller memory then caller sees undef
;; expect: wrong
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p) {
  %a = alloca i32
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %a, i64 4, i1 false)
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 poison, ptr %p
  ret void
}
