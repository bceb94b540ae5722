; Probe set F: odd-width values in caller memory, layouts of odd types, more punning.

;; pair: store i1 b to caller memory replaced by store i8 (zext b): extra bits become zero (one allowed choice)
;; expect: right
;; source
define void @f(ptr %p, i1 %b) {
  store i1 %b, ptr %p, align 1
  ret void
}
;; target
define void @f(ptr %p, i1 %b) {
  %z = zext i1 %b to i8
  store i8 %z, ptr %p, align 1
  ret void
}

;; pair: store i8 (zext b) to caller memory replaced by store i1 b (bits 1..7 unspecified)
;; expect: wrong
;; source
define void @f(ptr %p, i1 %b) {
  %z = zext i1 %b to i8
  store i8 %z, ptr %p, align 1
  ret void
}
;; target
define void @f(ptr %p, i1 %b) {
  store i1 %b, ptr %p, align 1
  ret void
}

;; pair: both sides store i1 b to caller memory; the target only folds an add of 0
;; expect: right
;; source
define i32 @f(ptr %p, i1 %b, i32 %x) {
  store i1 %b, ptr %p, align 1
  %y = add i32 %x, 0
  ret i32 %y
}
;; target
define i32 @f(ptr %p, i1 %b, i32 %x) {
  store i1 %b, ptr %p, align 1
  ret i32 %x
}

;; pair: load i40 + trunc to i33 replaced by load i33 (undefined when bits 33..39 were not written by an i33 store)
;; expect: wrong
;; source
define i33 @f(ptr %p) {
  %v = load i40, ptr %p, align 8
  %r = trunc i40 %v to i33
  ret i33 %r
}
;; target
define i33 @f(ptr %p) {
  %r = load i33, ptr %p, align 8
  ret i33 %r
}

;; pair: load i33 replaced by load i40 + trunc (more defined)
;; expect: right
;; source
define i33 @f(ptr %p) {
  %r = load i33, ptr %p, align 8
  ret i33 %r
}
;; target
define i33 @f(ptr %p) {
  %v = load i40, ptr %p, align 8
  %r = trunc i40 %v to i33
  ret i33 %r
}

;; pair: packed struct <{ i33, i8 }>: the i8 is at offset 8 (alloc size of i33)
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr <{ i33, i8 }>, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: packed struct <{ i33, i8 }>: target says the i8 is at offset 5
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr <{ i33, i8 }>, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 5
  ret ptr %q
}

;; pair: packed struct <{ <3 x i8>, i8 }>: the i8 is at offset 4
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr <{ <3 x i8>, i8 }>, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: [2 x i33] element 1 is at offset 8
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr [2 x i33], ptr %p, i64 0, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: without a data layout getelementptr i65, p, 1 is p + 12 (default i64 ABI align 4)
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr i65, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 12
  ret ptr %q
}

;; pair: with the x86-64 data layout getelementptr i65, p, 1 is p + 16 (i128:128)
;; expect: proved
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i65, ptr %p, i64 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 16
  ret ptr %q
}

;; pair: with the x86-64 data layout getelementptr i65, p, 1 is not p + 12
;; expect: wrong
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i65, ptr %p, i64 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 12
  ret ptr %q
}

;; pair: without a data layout { i8, i33 } puts the i33 at offset 4
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr { i8, i33 }, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: with the x86-64 layout { i8, i33 } puts the i33 at offset 8, target says 4
;; expect: wrong
;; source
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr { i8, i33 }, ptr %p, i64 0, i32 1
  ret ptr %q
}
;; target
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: getelementptr <4 x i1>, p, 1 is p + 1
;; expect: right
;; source
define ptr @f(ptr %p) {
  %q = getelementptr <4 x i1>, ptr %p, i64 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  ret ptr %q
}

;; pair: store <2 x i24> is packed: lane 1 is the i24 at byte 3
;; expect: proved
;; source
define i24 @f(<2 x i24> %v) {
  %a = alloca <2 x i24>, align 8
  store <2 x i24> %v, ptr %a, align 8
  %p = getelementptr inbounds i8, ptr %a, i64 3
  %r = load i24, ptr %p, align 1
  ret i24 %r
}
;; target
define i24 @f(<2 x i24> %v) {
  %r = extractelement <2 x i24> %v, i64 1
  ret i24 %r
}

;; pair: store <2 x i24>, target reads lane 1 at byte 4 (alloc size of i24)
;; expect: wrong
;; source
define i24 @f(<2 x i24> noundef %v) {
  %a = alloca <2 x i24>, align 8
  store <2 x i24> %v, ptr %a, align 8
  %p = getelementptr inbounds i8, ptr %a, i64 3
  %r = load i24, ptr %p, align 1
  ret i24 %r
}
;; target
define i24 @f(<2 x i24> noundef %v) {
  %a = alloca <2 x i24>, align 8
  store <2 x i24> %v, ptr %a, align 8
  %p = getelementptr inbounds i8, ptr %a, i64 4
  %r = load i24, ptr %p, align 1
  %fr = freeze i24 %r
  ret i24 %fr
}

;; pair: load <3 x i8> widened to load i32 (reads a 4th byte, may be out of bounds)
;; expect: wrong
;; source
define <3 x i8> @f(ptr %p) {
  %v = load <3 x i8>, ptr %p, align 1
  ret <3 x i8> %v
}
;; target
define <3 x i8> @f(ptr %p) {
  %w = load i32, ptr %p, align 1
  %t = trunc i32 %w to i24
  %v = bitcast i24 %t to <3 x i8>
  ret <3 x i8> %v
}

;; pair: store <2 x half> then load float is the bit pattern
;; expect: proved
;; source
define i32 @f(<2 x half> %h) {
  %a = alloca float, align 4
  store <2 x half> %h, ptr %a, align 4
  %f = load float, ptr %a, align 4
  %r = bitcast float %f to i32
  ret i32 %r
}
;; target
define i32 @f(<2 x half> %h) {
  %r = bitcast <2 x half> %h to i32
  ret i32 %r
}

;; pair: store <4 x i8> with lane 3 poison: the i16 at offset 0 is defined, at offset 2 poison
;; expect: proved
;; source
define i32 @f(<4 x i8> %v) {
  %a = alloca i32, align 4
  %w = insertelement <4 x i8> %v, i8 poison, i64 3
  store <4 x i8> %w, ptr %a, align 4
  %lo = load i16, ptr %a, align 4
  %p = getelementptr inbounds i8, ptr %a, i64 2
  %hi = load i16, ptr %p, align 2
  %zl = zext i16 %lo to i32
  %zh = zext i16 %hi to i32
  %s = shl i32 %zh, 16
  %r = or i32 %s, %zl
  ret i32 %r
}
;; target
define i32 @f(<4 x i8> %v) {
  ret i32 5
}

;; pair: store <4 x i8> with lane 3 poison: target returns the i16 at offset 0 as poison
;; expect: wrong
;; source
define i16 @f(<4 x i8> noundef %v) {
  %a = alloca i32, align 4
  %w = insertelement <4 x i8> %v, i8 poison, i64 3
  store <4 x i8> %w, ptr %a, align 4
  %lo = load i16, ptr %a, align 4
  ret i16 %lo
}
;; target
define i16 @f(<4 x i8> noundef %v) {
  ret i16 poison
}

;; pair: store <2 x i32> <x, undef> to caller memory, target stores <x, 0>
;; expect: right
;; source
define void @f(ptr %p, i32 %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  store <2 x i32> %v, ptr %p, align 8
  ret void
}
;; target
define void @f(ptr %p, i32 %x) {
  %v = insertelement <2 x i32> zeroinitializer, i32 %x, i64 0
  store <2 x i32> %v, ptr %p, align 8
  ret void
}

;; pair: store <2 x i32> <x, 0> to caller memory, target stores <x, undef>
;; expect: wrong
;; source
define void @f(ptr %p, i32 %x) {
  %v = insertelement <2 x i32> zeroinitializer, i32 %x, i64 0
  store <2 x i32> %v, ptr %p, align 8
  ret void
}
;; target
define void @f(ptr %p, i32 %x) {
  %v = insertelement <2 x i32> undef, i32 %x, i64 0
  store <2 x i32> %v, ptr %p, align 8
  ret void
}

;; pair: store i32 x at p+4, load <2 x i32> at p: lane 1 is x
;; expect: proved
;; source
define i32 @f(ptr %p, i32 %x) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 %x, ptr %q, align 4
  %v = load <2 x i32>, ptr %p, align 4
  %r = extractelement <2 x i32> %v, i64 1
  ret i32 %r
}
;; target
define i32 @f(ptr %p, i32 %x) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 %x, ptr %q, align 4
  ret i32 %x
}

;; pair: store i32 x at p+4, load <2 x i32> at p, target says lane 0 is x
;; expect: wrong
;; source
define i32 @f(ptr %p, i32 %x) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 %x, ptr %q, align 4
  %v = load <2 x i32>, ptr %p, align 4
  %r = extractelement <2 x i32> %v, i64 0
  ret i32 %r
}
;; target
define i32 @f(ptr %p, i32 %x) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  store i32 %x, ptr %q, align 4
  ret i32 %x
}

;; pair: a <2 x ptr> loaded from caller memory and stored back is a no-op
;; expect: right
;; source
define void @f(ptr %p) {
  %v = load <2 x ptr>, ptr %p, align 16
  store <2 x ptr> %v, ptr %p, align 16
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: store <2 x i64> v, load double at offset 8 is the bits of lane 1
;; expect: proved
;; source
define i64 @f(<2 x i64> %v) {
  %a = alloca <2 x i64>, align 16
  store <2 x i64> %v, ptr %a, align 16
  %p = getelementptr inbounds i8, ptr %a, i64 8
  %d = load double, ptr %p, align 8
  %r = bitcast double %d to i64
  ret i64 %r
}
;; target
define i64 @f(<2 x i64> %v) {
  %r = extractelement <2 x i64> %v, i64 1
  ret i64 %r
}

;; pair: store i128 x, load <4 x i32>: lane 3 is the top 32 bits
;; expect: proved
;; source
define i32 @f(i128 %x) {
  %a = alloca i128, align 16
  store i128 %x, ptr %a, align 16
  %v = load <4 x i32>, ptr %a, align 16
  %r = extractelement <4 x i32> %v, i64 3
  ret i32 %r
}
;; target
define i32 @f(i128 %x) {
  %s = lshr i128 %x, 96
  %r = trunc i128 %s to i32
  ret i32 %r
}

;; pair: store i65 x (9 bytes), load i8 at offset 8 has bit 64 in bit 0
;; expect: proved
;; source
define i1 @f(i65 %x) {
  %a = alloca i128, align 16
  store i65 %x, ptr %a, align 16
  %p = getelementptr inbounds i8, ptr %a, i64 8
  %b = load i8, ptr %p, align 1
  %r = trunc i8 %b to i1
  ret i1 %r
}
;; target
define i1 @f(i65 %x) {
  %s = lshr i65 %x, 64
  %r = trunc i65 %s to i1
  ret i1 %r
}
