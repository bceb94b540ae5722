; Probe set F: vectors and odd-width integers through memory, type punning (little-endian x86-64 layout).

;; pair: store <4 x i8> <1,2,3,4> then load i32 is 0x04030201
;; expect: proved
;; source
define i32 @f() {
  %a = alloca i32, align 4
  store <4 x i8> <i8 1, i8 2, i8 3, i8 4>, ptr %a, align 4
  %r = load i32, ptr %a, align 4
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 67305985
}

;; pair: store <4 x i8> <1,2,3,4> then load i32, target says 0x01020304
;; expect: wrong
;; source
define i32 @f() {
  %a = alloca i32, align 4
  store <4 x i8> <i8 1, i8 2, i8 3, i8 4>, ptr %a, align 4
  %r = load i32, ptr %a, align 4
  ret i32 %r
}
;; target
define i32 @f() {
  ret i32 16909060
}

;; pair: store i64 x then load <2 x float>: lane 1 has the bits of x >> 32
;; expect: proved
;; source
define i32 @f(i64 %x) {
  %a = alloca i64, align 8
  store i64 %x, ptr %a, align 8
  %v = load <2 x float>, ptr %a, align 8
  %e = extractelement <2 x float> %v, i32 1
  %r = bitcast float %e to i32
  ret i32 %r
}
;; target
define i32 @f(i64 %x) {
  %s = lshr i64 %x, 32
  %r = trunc i64 %s to i32
  ret i32 %r
}

;; pair: store float x, load i32 is the bitcast (NaN payloads kept)
;; expect: proved
;; source
define i32 @f(float %x) {
  %a = alloca float, align 4
  store float %x, ptr %a, align 4
  %r = load i32, ptr %a, align 4
  ret i32 %r
}
;; target
define i32 @f(float %x) {
  %r = bitcast float %x to i32
  ret i32 %r
}

;; pair: store float x, load i32, target returns the bits of x + 0.0 (sNaN quieted, -0 -> +0)
;; expect: wrong
;; source
define i32 @f(float %x) {
  %a = alloca float, align 4
  store float %x, ptr %a, align 4
  %r = load i32, ptr %a, align 4
  ret i32 %r
}
;; target
define i32 @f(float %x) {
  %y = fadd float %x, 0.0
  %r = bitcast float %y to i32
  ret i32 %r
}

;; pair: store <2 x i32> <x, poison>, the i32 at offset 0 is x
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = alloca <2 x i32>, align 8
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  store <2 x i32> %v, ptr %a, align 8
  %r = load i32, ptr %a, align 8
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: store <2 x i32> <x, poison>, the i64 load is poison, target returns zext x
;; expect: proved
;; source
define i64 @f(i32 %x) {
  %a = alloca <2 x i32>, align 8
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  store <2 x i32> %v, ptr %a, align 8
  %r = load i64, ptr %a, align 8
  ret i64 %r
}
;; target
define i64 @f(i32 %x) {
  %r = zext i32 %x to i64
  ret i64 %r
}

;; pair: store <2 x i32> <x, poison>, target says the i32 at offset 0 is poison
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %a = alloca <2 x i32>, align 8
  %v = insertelement <2 x i32> poison, i32 %x, i64 0
  store <2 x i32> %v, ptr %a, align 8
  %r = load i32, ptr %a, align 8
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  ret i32 poison
}

;; pair: store <3 x i32> writes 12 bytes: the i32 at offset 12 survives
;; expect: proved
;; source
define i32 @f(<3 x i32> %v) {
  %a = alloca <4 x i32>, align 16
  %p = getelementptr inbounds i8, ptr %a, i64 12
  store i32 7, ptr %p, align 4
  store <3 x i32> %v, ptr %a, align 16
  %r = load i32, ptr %p, align 4
  ret i32 %r
}
;; target
define i32 @f(<3 x i32> %v) {
  ret i32 7
}

;; pair: store <3 x i32> into caller memory widened to a <4 x i32> store (clobbers bytes 12..15)
;; expect: wrong
;; source
define void @f(ptr %p, <3 x i32> %v) {
  store <3 x i32> %v, ptr %p, align 16
  ret void
}
;; target
define void @f(ptr %p, <3 x i32> %v) {
  %w = shufflevector <3 x i32> %v, <3 x i32> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 poison>
  store <4 x i32> %w, ptr %p, align 16
  ret void
}

;; pair: store <3 x i32> into caller memory split into three i32 stores
;; expect: right
;; source
define void @f(ptr %p, <3 x i32> %v) {
  store <3 x i32> %v, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p, <3 x i32> %v) {
  %a = extractelement <3 x i32> %v, i64 0
  %b = extractelement <3 x i32> %v, i64 1
  %c = extractelement <3 x i32> %v, i64 2
  %p1 = getelementptr inbounds i8, ptr %p, i64 4
  %p2 = getelementptr inbounds i8, ptr %p, i64 8
  store i32 %a, ptr %p, align 4
  store i32 %b, ptr %p1, align 4
  store i32 %c, ptr %p2, align 4
  ret void
}

;; pair: getelementptr <3 x i32>, p, 1 steps by the alloc size 16
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr <3 x i32>, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: getelementptr <3 x i32>, p, 1 is not p + 12
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr <3 x i32>, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 12
  ret ptr %q
}

;; pair: struct { i8, <3 x i32> }: field 1 is at offset 16 (vector align 16)
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr { i8, <3 x i32> }, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: struct { i8, <2 x i16> }: field 1 is at offset 4, target says 2
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr { i8, <2 x i16> }, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 2
  ret ptr %q
}

;; pair: array [2 x <3 x i8>] stored: element 1 starts at byte 4 (alloc size 4)
;; expect: proved
;; source
define i8 @f() {
  %a = alloca [2 x <3 x i8>], align 4
  store [2 x <3 x i8>] [<3 x i8> <i8 1, i8 2, i8 3>, <3 x i8> <i8 4, i8 5, i8 6>], ptr %a, align 4
  %p = getelementptr inbounds i8, ptr %a, i64 4
  %r = load i8, ptr %p, align 1
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 4
}

;; pair: array [2 x <3 x i8>] stored, target says element 1 starts at byte 3
;; expect: wrong
;; source
define i8 @f() {
  %a = alloca [2 x <3 x i8>], align 4
  store [2 x <3 x i8>] [<3 x i8> <i8 1, i8 2, i8 3>, <3 x i8> <i8 4, i8 5, i8 6>], ptr %a, align 4
  %p = getelementptr inbounds i8, ptr %a, i64 3
  %r = load i8, ptr %p, align 1
  %f = freeze i8 %r
  ret i8 %f
}
;; target
define i8 @f() {
  ret i8 4
}

;; pair: struct { i8, <2 x i16> } stored: the i16 at offset 4 is lane 0
;; expect: proved
;; source
define i16 @f(<2 x i16> %v) {
  %a = alloca { i8, <2 x i16> }, align 4
  %s0 = insertvalue { i8, <2 x i16> } poison, i8 1, 0
  %s = insertvalue { i8, <2 x i16> } %s0, <2 x i16> %v, 1
  store { i8, <2 x i16> } %s, ptr %a, align 4
  %p = getelementptr inbounds i8, ptr %a, i64 4
  %r = load i16, ptr %p, align 2
  ret i16 %r
}
;; target
define i16 @f(<2 x i16> %v) {
  %r = extractelement <2 x i16> %v, i64 0
  ret i16 %r
}

;; pair: load <4 x i8> (per-lane poison) replaced by load i32 + bitcast (one poison byte poisons all lanes)
;; expect: wrong
;; source
define <4 x i8> @f(ptr %p) {
  %v = load <4 x i8>, ptr %p, align 4
  ret <4 x i8> %v
}
;; target
define <4 x i8> @f(ptr %p) {
  %i = load i32, ptr %p, align 4
  %v = bitcast i32 %i to <4 x i8>
  ret <4 x i8> %v
}

;; pair: load i32 + bitcast to <4 x i8> replaced by load <4 x i8> (more defined)
;; expect: proved
;; source
define <4 x i8> @f(ptr %p) {
  %i = load i32, ptr %p, align 4
  %v = bitcast i32 %i to <4 x i8>
  ret <4 x i8> %v
}
;; target
define <4 x i8> @f(ptr %p) {
  %v = load <4 x i8>, ptr %p, align 4
  ret <4 x i8> %v
}

;; pair: stored <2 x i8> <x, poison> in a local, load i16 is poison, target returns 0
;; expect: proved
;; source
define i16 @f(i8 %x) {
  %a = alloca i16, align 2
  %v = insertelement <2 x i8> poison, i8 %x, i64 0
  store <2 x i8> %v, ptr %a, align 2
  %r = load i16, ptr %a, align 2
  ret i16 %r
}
;; target
define i16 @f(i8 %x) {
  ret i16 0
}

;; pair: partial overlap: store i32 x, store <2 x i8> <1,2> at offset 1, load i32
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %a = alloca i32, align 4
  store i32 %x, ptr %a, align 4
  %p = getelementptr inbounds i8, ptr %a, i64 1
  store <2 x i8> <i8 1, i8 2>, ptr %p, align 1
  %r = load i32, ptr %a, align 4
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %m = and i32 %x, -16776961
  %r = or i32 %m, 131328
  ret i32 %r
}

;; pair: partial overlap: store i32 x, store <2 x i8> <1,2> at offset 1, target keeps byte 2 of x
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %a = alloca i32, align 4
  store i32 %x, ptr %a, align 4
  %p = getelementptr inbounds i8, ptr %a, i64 1
  store <2 x i8> <i8 1, i8 2>, ptr %p, align 1
  %r = load i32, ptr %a, align 4
  ret i32 %r
}
;; target
define i32 @f(i32 %x) {
  %m = and i32 %x, -65281
  %r = or i32 %m, 256
  ret i32 %r
}

;; pair: store <2 x i32> then load <4 x i16> is the bitcast
;; expect: proved
;; source
define <4 x i16> @f(<2 x i32> %v) {
  %a = alloca <2 x i32>, align 8
  store <2 x i32> %v, ptr %a, align 8
  %r = load <4 x i16>, ptr %a, align 8
  ret <4 x i16> %r
}
;; target
define <4 x i16> @f(<2 x i32> %v) {
  %r = bitcast <2 x i32> %v to <4 x i16>
  ret <4 x i16> %r
}

;; pair: store i33 into a local and reload it as i33 gives it back (target adds the round trip)
;; expect: proved
;; source
define i33 @f(i33 %x) {
  ret i33 %x
}
;; target
define i33 @f(i33 %x) {
  %a = alloca i33, align 8
  store i33 %x, ptr %a, align 8
  %r = load i33, ptr %a, align 8
  ret i33 %r
}

;; pair: store i33 into a local and reload it as i33 (source), target forwards the value
;; expect: proved
;; source
define i33 @f(i33 %x) {
  %a = alloca i33, align 8
  store i33 %x, ptr %a, align 8
  %r = load i33, ptr %a, align 8
  ret i33 %r
}
;; target
define i33 @f(i33 %x) {
  ret i33 %x
}

;; pair: store i33 then load i32 is the low 32 bits
;; expect: proved
;; source
define i32 @f(i33 %x) {
  %a = alloca i64, align 8
  store i33 %x, ptr %a, align 8
  %r = load i32, ptr %a, align 8
  ret i32 %r
}
;; target
define i32 @f(i33 %x) {
  %r = trunc i33 %x to i32
  ret i32 %r
}

;; pair: store i33 -1 takes 5 bytes: byte 5 of the local keeps its old value
;; expect: proved
;; source
define i8 @f() {
  %a = alloca i64, align 8
  store i64 0, ptr %a, align 8
  store i33 -1, ptr %a, align 8
  %p = getelementptr inbounds i8, ptr %a, i64 5
  %r = load i8, ptr %p, align 1
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: store i33 -1 takes 5 bytes: target says byte 4 is 0xFF (only bit 32 is defined: bits 33..39 unspecified)
;; expect: wrong
;; source
define i8 @f() {
  %a = alloca i64, align 8
  store i64 0, ptr %a, align 8
  store i33 -1, ptr %a, align 8
  %p = getelementptr inbounds i8, ptr %a, i64 4
  %r = load i8, ptr %p, align 1
  %o = and i8 %r, 1
  ret i8 %o
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: a constant global i33 -1 loaded as i33 (kept, an add of 0 folded)
;; expect: proved
;; source
@g = constant i33 -1, align 8
define i33 @f() {
  %v = load i33, ptr @g, align 8
  %r = add i33 %v, 0
  ret i33 %r
}
;; target
@g = constant i33 -1, align 8
define i33 @f() {
  %v = load i33, ptr @g, align 8
  ret i33 %v
}

;; pair: a constant global i33 -1 loaded as i33 is -1
;; expect: proved
;; source
@g = constant i33 -1, align 8
define i33 @f() {
  %v = load i33, ptr @g, align 8
  ret i33 %v
}
;; target
@g = constant i33 -1, align 8
define i33 @f() {
  ret i33 -1
}

;; pair: a constant global <4 x i16> <1,2,3,4> loaded as i64
;; expect: right
;; source
@g = constant <4 x i16> <i16 1, i16 2, i16 3, i16 4>, align 8
define i64 @f() {
  %v = load i64, ptr @g, align 8
  ret i64 %v
}
;; target
@g = constant <4 x i16> <i16 1, i16 2, i16 3, i16 4>, align 8
define i64 @f() {
  ret i64 1125912791875585
}

;; pair: a constant global <4 x i16> <1,2,3,4> loaded as i64, target says lanes reversed
;; expect: wrong
;; source
@g = constant <4 x i16> <i16 1, i16 2, i16 3, i16 4>, align 8
define i64 @f() {
  %v = load i64, ptr @g, align 8
  ret i64 %v
}
;; target
@g = constant <4 x i16> <i16 1, i16 2, i16 3, i16 4>, align 8
define i64 @f() {
  ret i64 281483566841860
}

;; pair: store <8 x i1> v, load i8 is the bitcast (bit-packed, lane 0 low)
;; expect: right
;; source
define i8 @f(<8 x i1> %v) {
  %a = alloca i8, align 1
  store <8 x i1> %v, ptr %a, align 1
  %r = load i8, ptr %a, align 1
  ret i8 %r
}
;; target
define i8 @f(<8 x i1> %v) {
  %r = bitcast <8 x i1> %v to i8
  ret i8 %r
}

;; pair: store <8 x i1> v into caller memory, target stores one byte per lane (8 bytes)
;; expect: wrong
;; source
define void @f(ptr %p, <8 x i1> %v) {
  store <8 x i1> %v, ptr %p, align 1
  ret void
}
;; target
define void @f(ptr %p, <8 x i1> %v) {
  %z = zext <8 x i1> %v to <8 x i8>
  store <8 x i8> %z, ptr %p, align 1
  ret void
}

;; pair: masked.store with mask <1,0> writes only lane 0, target stores the whole vector
;; expect: wrong
;; source
declare void @llvm.masked.store.v2i32.p0(<2 x i32>, ptr, i32, <2 x i1>)
define void @f(ptr %p, <2 x i32> %v) {
  call void @llvm.masked.store.v2i32.p0(<2 x i32> %v, ptr %p, i32 4, <2 x i1> <i1 true, i1 false>)
  ret void
}
;; target
declare void @llvm.masked.store.v2i32.p0(<2 x i32>, ptr, i32, <2 x i1>)
define void @f(ptr %p, <2 x i32> %v) {
  store <2 x i32> %v, ptr %p, align 4
  ret void
}

;; pair: masked.store with mask <1,0> is a store of lane 0
;; expect: right
;; source
declare void @llvm.masked.store.v2i32.p0(<2 x i32>, ptr, i32, <2 x i1>)
define void @f(ptr %p, <2 x i32> %v) {
  call void @llvm.masked.store.v2i32.p0(<2 x i32> %v, ptr %p, i32 4, <2 x i1> <i1 true, i1 false>)
  ret void
}
;; target
declare void @llvm.masked.store.v2i32.p0(<2 x i32>, ptr, i32, <2 x i1>)
define void @f(ptr %p, <2 x i32> %v) {
  %e = extractelement <2 x i32> %v, i64 0
  store i32 %e, ptr %p, align 4
  ret void
}

;; pair: masked.load with an all-false mask returns the passthru without touching memory
;; expect: right
;; source
declare <2 x i32> @llvm.masked.load.v2i32.p0(ptr, i32, <2 x i1>, <2 x i32>)
define <2 x i32> @f(ptr %p, <2 x i32> %pt) {
  %r = call <2 x i32> @llvm.masked.load.v2i32.p0(ptr %p, i32 4, <2 x i1> zeroinitializer, <2 x i32> %pt)
  ret <2 x i32> %r
}
;; target
declare <2 x i32> @llvm.masked.load.v2i32.p0(ptr, i32, <2 x i1>, <2 x i32>)
define <2 x i32> @f(ptr %p, <2 x i32> %pt) {
  ret <2 x i32> %pt
}

;; pair: masked.load with mask <1,0> speculated to a full load (lane 1 may be out of bounds)
;; expect: wrong
;; source
declare <2 x i32> @llvm.masked.load.v2i32.p0(ptr, i32, <2 x i1>, <2 x i32>)
define <2 x i32> @f(ptr %p) {
  %r = call <2 x i32> @llvm.masked.load.v2i32.p0(ptr %p, i32 4, <2 x i1> <i1 true, i1 false>, <2 x i32> zeroinitializer)
  ret <2 x i32> %r
}
;; target
declare <2 x i32> @llvm.masked.load.v2i32.p0(ptr, i32, <2 x i1>, <2 x i32>)
define <2 x i32> @f(ptr %p) {
  %v = load <2 x i32>, ptr %p, align 4
  %r = insertelement <2 x i32> %v, i32 0, i64 1
  ret <2 x i32> %r
}

;; pair: llvm.vector.extract of lanes 2..3 is a shuffle
;; expect: right
;; source
declare <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32>, i64)
define <2 x i32> @f(<4 x i32> %v) {
  %r = call <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32> %v, i64 2)
  ret <2 x i32> %r
}
;; target
declare <2 x i32> @llvm.vector.extract.v2i32.v4i32(<4 x i32>, i64)
define <2 x i32> @f(<4 x i32> %v) {
  %r = shufflevector <4 x i32> %v, <4 x i32> poison, <2 x i32> <i32 2, i32 3>
  ret <2 x i32> %r
}

;; pair: llvm.vector.insert at index 2, target inserts at index 0
;; expect: wrong
;; source
declare <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32>, <2 x i32>, i64)
define <4 x i32> @f(<4 x i32> %v, <2 x i32> %s) {
  %r = call <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32> %v, <2 x i32> %s, i64 2)
  ret <4 x i32> %r
}
;; target
declare <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32>, <2 x i32>, i64)
define <4 x i32> @f(<4 x i32> %v, <2 x i32> %s) {
  %r = call <4 x i32> @llvm.vector.insert.v4i32.v2i32(<4 x i32> %v, <2 x i32> %s, i64 0)
  ret <4 x i32> %r
}
