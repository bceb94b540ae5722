;; pair: layout "": gep x86_fp80 i64 1 from null is 16 (lli), target returns 16
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr x86_fp80, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: layout "": gep x86_fp80 i64 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr x86_fp80, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep { i8, x86_fp80 } i64 0, i32 1 from null is 16 (lli), target returns 16
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, x86_fp80 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: layout "": gep { i8, x86_fp80 } i64 0, i32 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, x86_fp80 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep fp128 i64 1 from null is 16 (lli), target returns 16
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: layout "": gep fp128 i64 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep { i8, fp128 } i64 0, i32 1 from null is 16 (lli), target returns 16
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, fp128 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: layout "": gep { i8, fp128 } i64 0, i32 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, fp128 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep { i8, half } i64 0, i32 1 from null is 2 (lli), target returns 2
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, half }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 2
}

;; pair: layout "": gep { i8, half } i64 0, i32 1 from null is 2 (lli), target returns 6
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, half }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 6
}

;; pair: layout "": gep { i8, <3 x i8> } i64 0, i32 1 from null is 4 (lli), target returns 4
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, <3 x i8> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 4
}

;; pair: layout "": gep { i8, <3 x i8> } i64 0, i32 1 from null is 4 (lli), target returns 8
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, <3 x i8> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 8
}

;; pair: layout "": gep <5 x i8> i64 1 from null is 8 (lli), target returns 8
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr <5 x i8>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 8
}

;; pair: layout "": gep <5 x i8> i64 1 from null is 8 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr <5 x i8>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep { i8, <2 x float> } i64 0, i32 1 from null is 8 (lli), target returns 8
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, <2 x float> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 8
}

;; pair: layout "": gep { i8, <2 x float> } i64 0, i32 1 from null is 8 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, <2 x float> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep <4 x i1> i64 1 from null is 1 (lli), target returns 1
;; expect: right
;; source
define i64 @f() {
  %p = getelementptr <4 x i1>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 1
}

;; pair: layout "": gep <4 x i1> i64 1 from null is 1 (lli), target returns 5
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr <4 x i1>, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 5
}

;; pair: layout "": gep { i8, <8 x i1> } i64 0, i32 1 from null is 1 (lli), target returns 1
;; expect: right
;; source
define i64 @f() {
  %p = getelementptr { i8, <8 x i1> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 1
}

;; pair: layout "": gep { i8, <8 x i1> } i64 0, i32 1 from null is 1 (lli), target returns 5
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, <8 x i1> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 5
}

;; pair: layout "": gep ppc_fp128 i64 1 from null is 16 (lli), target returns 16
;; expect: right
;; source
define i64 @f() {
  %p = getelementptr ppc_fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: layout "": gep ppc_fp128 i64 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr ppc_fp128, ptr null, i64 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "e-i64:64": gep { i8, i96 } i64 0, i32 1 from null is 8 (lli), target returns 8
;; expect: proved
;; source
target datalayout = "e-i64:64"
define i64 @f() {
  %p = getelementptr { i8, i96 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:64"
define i64 @f() {
  ret i64 8
}

;; pair: layout "e-i64:64": gep { i8, i96 } i64 0, i32 1 from null is 8 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-i64:64"
define i64 @f() {
  %p = getelementptr { i8, i96 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:64"
define i64 @f() {
  ret i64 12
}

;; pair: layout "e-i64:64-i128:128": gep { i8, i96 } i64 0, i32 1 from null is 16 (lli), target returns 16
;; expect: proved
;; source
target datalayout = "e-i64:64-i128:128"
define i64 @f() {
  %p = getelementptr { i8, i96 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:64-i128:128"
define i64 @f() {
  ret i64 16
}

;; pair: layout "e-i64:64-i128:128": gep { i8, i96 } i64 0, i32 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "e-i64:64-i128:128"
define i64 @f() {
  %p = getelementptr { i8, i96 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-i64:64-i128:128"
define i64 @f() {
  ret i64 12
}

;; pair: layout "": gep { i8, <1 x i128> } i64 0, i32 1 from null is 16 (lli), target returns 16
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, <1 x i128> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 16
}

;; pair: layout "": gep { i8, <1 x i128> } i64 0, i32 1 from null is 16 (lli), target returns 12
;; expect: wrong
;; source
define i64 @f() {
  %p = getelementptr { i8, <1 x i128> }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 12
}

;; pair: layout "e-n8:16:32": gep { i8, i16 } i64 0, i32 1 from null is 2 (lli), target returns 2
;; expect: proved
;; source
target datalayout = "e-n8:16:32"
define i64 @f() {
  %p = getelementptr { i8, i16 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-n8:16:32"
define i64 @f() {
  ret i64 2
}

;; pair: layout "e-n8:16:32": gep { i8, i16 } i64 0, i32 1 from null is 2 (lli), target returns 6
;; expect: wrong
;; source
target datalayout = "e-n8:16:32"
define i64 @f() {
  %p = getelementptr { i8, i16 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-n8:16:32"
define i64 @f() {
  ret i64 6
}

;; pair: layout "e-f64:32:64": gep { i8, double } i64 0, i32 1 from null is 4 (lli), target returns 4
;; expect: proved
;; source
target datalayout = "e-f64:32:64"
define i64 @f() {
  %p = getelementptr { i8, double }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f64:32:64"
define i64 @f() {
  ret i64 4
}

;; pair: layout "e-f64:32:64": gep { i8, double } i64 0, i32 1 from null is 4 (lli), target returns 8
;; expect: wrong
;; source
target datalayout = "e-f64:32:64"
define i64 @f() {
  %p = getelementptr { i8, double }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "e-f64:32:64"
define i64 @f() {
  ret i64 8
}

;; pair: layout "E-i64:64": gep { i8, i64 } i64 0, i32 1 from null is 8 (lli), target returns 8
;; expect: right
;; source
target datalayout = "E-i64:64"
define i64 @f() {
  %p = getelementptr { i8, i64 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "E-i64:64"
define i64 @f() {
  ret i64 8
}

;; pair: layout "E-i64:64": gep { i8, i64 } i64 0, i32 1 from null is 8 (lli), target returns 12
;; expect: wrong
;; source
target datalayout = "E-i64:64"
define i64 @f() {
  %p = getelementptr { i8, i64 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
target datalayout = "E-i64:64"
define i64 @f() {
  ret i64 12
}

;; pair: no layout (IR default i64:32:64): { i8, i96 } field 1 at offset 4
;; expect: proved
;; source
define i64 @f() {
  %p = getelementptr { i8, i96 }, ptr null, i64 0, i32 1
  %i = ptrtoint ptr %p to i64
  ret i64 %i
}
;; target
define i64 @f() {
  ret i64 4
}
