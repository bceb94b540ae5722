;; pair: target calls llvm.sideeffect twice where the source calls it once
;; expect: wrong
;; source
declare void @llvm.sideeffect()
define void @f() {
  call void @llvm.sideeffect()
  ret void
}
;; target
declare void @llvm.sideeffect()
define void @f() {
  call void @llvm.sideeffect()
  call void @llvm.sideeffect()
  ret void
}

;; pair: llvm.sideeffect moved after an external call
;; expect: wrong
;; source
declare void @llvm.sideeffect()
declare void @g()
define void @f() {
  call void @llvm.sideeffect()
  call void @g()
  ret void
}
;; target
declare void @llvm.sideeffect()
declare void @g()
define void @f() {
  call void @g()
  call void @llvm.sideeffect()
  ret void
}

;; pair: llvm.sideeffect on one branch arm dropped
;; expect: wrong
;; source
declare void @llvm.sideeffect()
define i32 @f(i1 %c) {
  br i1 %c, label %a, label %b
a:
  call void @llvm.sideeffect()
  ret i32 1
b:
  ret i32 2
}
;; target
define i32 @f(i1 %c) {
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}

;; pair: llvm.sideeffect inside a loop with a bound kept one per iteration, loop body simplified
;; expect: right
;; source
declare void @llvm.sideeffect()
define i32 @f() {
entry:
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %n, %l ]
  call void @llvm.sideeffect()
  %n = add i32 %i, 1
  %c = icmp ult i32 %n, 2
  br i1 %c, label %l, label %e
e:
  ret i32 %n
}
;; target
declare void @llvm.sideeffect()
define i32 @f() {
  call void @llvm.sideeffect()
  call void @llvm.sideeffect()
  ret i32 2
}

;; pair: llvm.sideeffect loop unrolled with one call too few
;; expect: wrong
;; source
declare void @llvm.sideeffect()
define i32 @f() {
entry:
  br label %l
l:
  %i = phi i32 [ 0, %entry ], [ %n, %l ]
  call void @llvm.sideeffect()
  %n = add i32 %i, 1
  %c = icmp ult i32 %n, 3
  br i1 %c, label %l, label %e
e:
  ret i32 %n
}
;; target
declare void @llvm.sideeffect()
define i32 @f() {
  call void @llvm.sideeffect()
  call void @llvm.sideeffect()
  ret i32 3
}

;; pair: half 0xH3C00 is 1.0: bitcast to i16 is 15360
;; expect: proved
;; source
define i16 @f() {
  %b = bitcast half 0xH3C00 to i16
  ret i16 %b
}
;; target
define i16 @f() {
  ret i16 15360
}

;; pair: half 0xH3C00 compared with 1.0 is equal; target says fpext is 2.0
;; expect: wrong
;; source
define float @f() {
  %e = fpext half 0xH3C00 to float
  ret float %e
}
;; target
define float @f() {
  ret float 2.0
}

;; pair: bfloat 0xR3F80 is 1.0: fpext to float is 1.0
;; expect: right
;; source
define float @f() {
  %e = fpext bfloat 0xR3F80 to float
  ret float %e
}
;; target
define float @f() {
  ret float 1.0
}

;; pair: bfloat 0xR3F80 bitcast to i16 is 16256, target says 15360 (half's 1.0)
;; expect: wrong
;; source
define i16 @f() {
  %b = bitcast bfloat 0xR3F80 to i16
  ret i16 %b
}
;; target
define i16 @f() {
  ret i16 15360
}

;; pair: bfloat 0xR4040 is 3.0 (fpext)
;; expect: right
;; source
define float @f() {
  %e = fpext bfloat 0xR4040 to float
  ret float %e
}
;; target
define float @f() {
  ret float 3.0
}

;; pair: x86_fp80 0xK3FFF8000000000000000 is 1.0 (fptrunc to double)
;; expect: right
;; source
define double @f() {
  %t = fptrunc x86_fp80 0xK3FFF8000000000000000 to double
  ret double %t
}
;; target
define double @f() {
  ret double 1.0
}

;; pair: x86_fp80 0xK40008000000000000000 is 2.0, target says 1.0
;; expect: wrong
;; source
define double @f() {
  %t = fptrunc x86_fp80 0xK40008000000000000000 to double
  ret double %t
}
;; target
define double @f() {
  ret double 1.0
}

;; pair: x86_fp80 0xKC000C000000000000000 is -3.0
;; expect: right
;; source
define double @f() {
  %t = fptrunc x86_fp80 0xKC000C000000000000000 to double
  ret double %t
}
;; target
define double @f() {
  ret double -3.0
}

;; pair: x86_fp80 1.0 stored: byte 9 (sign/exponent high) is 0x3F
;; expect: proved
;; source
define i8 @f() {
  %a = alloca x86_fp80
  store x86_fp80 0xK3FFF8000000000000000, ptr %a
  %p = getelementptr i8, ptr %a, i64 9
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 63
}

;; pair: x86_fp80 1.0 stored: byte 7 is 0x80 (explicit integer bit), target says 0
;; expect: wrong
;; source
define i8 @f() {
  %a = alloca x86_fp80
  store x86_fp80 0xK3FFF8000000000000000, ptr %a
  %p = getelementptr i8, ptr %a, i64 7
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
define i8 @f() {
  ret i8 0
}

;; pair: fp128 2.0 written low half first: fptrunc to double is 2.0
;; expect: proved
;; source
define double @f() {
  %t = fptrunc fp128 0xL00000000000000004000000000000000 to double
  ret double %t
}
;; target
define double @f() {
  ret double 2.0
}

;; pair: fp128 with halves swapped (0xL4000000000000000 0000000000000000) is tiny, not 2.0
;; expect: wrong
;; source
define double @f() {
  %t = fptrunc fp128 0xL40000000000000000000000000000000 to double
  ret double %t
}
;; target
define double @f() {
  ret double 2.0
}

;; pair: fp128 1.5 stored: the high i64 at offset 8 is 0x3FFF800000000000
;; expect: proved
;; source
define i64 @f() {
  %a = alloca fp128
  store fp128 0xL00000000000000003FFF800000000000, ptr %a
  %p = getelementptr i8, ptr %a, i64 8
  %v = load i64, ptr %p
  ret i64 %v
}
;; target
define i64 @f() {
  ret i64 4611545280939032576
}

;; pair: fp128 1.5 fptrunc to float is 1.5; target says 1.0
;; expect: wrong
;; source
define float @f() {
  %t = fptrunc fp128 0xL00000000000000003FFF800000000000 to float
  ret float %t
}
;; target
define float @f() {
  ret float 1.0
}

;; pair: fp128 with a low-half bit set: 1 + 2^-112 fcmp ogt 1.0 is true
;; expect: proved
;; source
define i1 @f() {
  %c = fcmp ogt fp128 0xL00000000000000013FFF000000000000, 0xL00000000000000003FFF000000000000
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: fp128 with a high-half low bit set: fcmp olt against 1.0 is false
;; expect: wrong
;; source
define i1 @f() {
  %c = fcmp olt fp128 0xL00000000000000003FFF000000000001, 0xL00000000000000003FFF000000000000
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: half 0xH7E00 is a quiet NaN: fcmp uno true
;; expect: proved
;; source
define i1 @f() {
  %c = fcmp uno half 0xH7E00, 0xH0000
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: half 0xH7C00 is +inf, not NaN
;; expect: wrong
;; source
define i1 @f() {
  %c = fcmp uno half 0xH7C00, 0xH0000
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}
