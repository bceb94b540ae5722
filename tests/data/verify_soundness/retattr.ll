;; pair: target adds align 8 to a returned parameter
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define align 8 ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: target adds align 4 to p + 4 where p is align 16
;; expect: proved
;; source
define ptr @f(ptr align 16 %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}
;; target
define align 4 ptr @f(ptr align 16 %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: target adds align 8 to p + 4 where p is align 16
;; expect: wrong
;; source
define ptr @f(ptr align 16 %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}
;; target
define align 8 ptr @f(ptr align 16 %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: target adds dereferenceable(4) to a returned parameter
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define dereferenceable(4) ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: target adds dereferenceable(4) to the return of a parameter that is dereferenceable(8)
;; expect: right
;; source
define ptr @f(ptr dereferenceable(8) %p) {
  ret ptr %p
}
;; target
define dereferenceable(4) ptr @f(ptr dereferenceable(8) %p) {
  ret ptr %p
}

;; pair: target adds dereferenceable(16) to the return of a parameter that is dereferenceable(8)
;; expect: wrong
;; source
define ptr @f(ptr dereferenceable(8) %p) {
  ret ptr %p
}
;; target
define dereferenceable(16) ptr @f(ptr dereferenceable(8) %p) {
  ret ptr %p
}

;; pair: target adds noundef to the return of a frozen value
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %y = freeze i32 %x
  ret i32 %y
}
;; target
define noundef i32 @f(i32 %x) {
  %y = freeze i32 %x
  ret i32 %y
}

;; pair: target adds noundef to the return of a load from caller memory (may be uninitialized)
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define noundef i32 @f(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: target adds noundef to a vector return with one possibly-poison lane
;; expect: wrong
;; source
define <2 x i32> @f(i32 noundef %x) {
  %a = add nsw i32 %x, 1
  %v = insertelement <2 x i32> <i32 0, i32 0>, i32 %a, i32 1
  ret <2 x i32> %v
}
;; target
define noundef <2 x i32> @f(i32 noundef %x) {
  %a = add nsw i32 %x, 1
  %v = insertelement <2 x i32> <i32 0, i32 0>, i32 %a, i32 1
  ret <2 x i32> %v
}

;; pair: target adds nonnull to a select of p and null
;; expect: wrong
;; source
define ptr @f(i1 %c, ptr nonnull %p) {
  %s = select i1 %c, ptr %p, ptr null
  ret ptr %s
}
;; target
define nonnull ptr @f(i1 %c, ptr nonnull %p) {
  %s = select i1 %c, ptr %p, ptr null
  ret ptr %s
}

;; pair: target adds nonnull to the return of an alloca... of a global address
;; expect: proved
;; source
@g = global i32 0
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 0
define nonnull ptr @f() {
  ret ptr @g
}

;; pair: target adds range [0,10) to urem x, 10
;; expect: proved
;; source
define i32 @f(i32 %x) {
  %r = urem i32 %x, 10
  ret i32 %r
}
;; target
define range(i32 0, 10) i32 @f(i32 %x) {
  %r = urem i32 %x, 10
  ret i32 %r
}

;; pair: target adds range [0,10) to urem x, 11
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %r = urem i32 %x, 11
  ret i32 %r
}
;; target
define range(i32 0, 10) i32 @f(i32 %x) {
  %r = urem i32 %x, 11
  ret i32 %r
}

;; pair: target adds noundef range to the return of urem by 10 of an arbitrary (maybe undef) x
;; expect: wrong
;; source
define i32 @f(i32 %x) {
  %r = urem i32 %x, 10
  ret i32 %r
}
;; target
define noundef range(i32 0, 10) i32 @f(i32 %x) {
  %r = urem i32 %x, 10
  ret i32 %r
}

;; pair: target adds nofpclass(nan) to fabs of a noundef argument
;; expect: wrong
;; source
declare float @llvm.fabs.f32(float)
define float @f(float noundef %x) {
  %r = call float @llvm.fabs.f32(float %x)
  ret float %r
}
;; target
declare float @llvm.fabs.f32(float)
define nofpclass(nan) float @f(float noundef %x) {
  %r = call float @llvm.fabs.f32(float %x)
  ret float %r
}

;; pair: target adds align 4 to the return of a call result (unknown)
;; expect: wrong
;; source
declare ptr @g()
define ptr @f() {
  %p = call ptr @g()
  ret ptr %p
}
;; target
declare ptr @g()
define align 4 ptr @f() {
  %p = call ptr @g()
  ret ptr %p
}

;; pair: target adds nonnull noundef to the return of a call declared nonnull (may be poison? nonnull violated only poison)
;; expect: wrong
;; source
declare nonnull ptr @g()
define ptr @f() {
  %p = call ptr @g()
  ret ptr %p
}
;; target
declare nonnull ptr @g()
define noundef ptr @f() {
  %p = call ptr @g()
  ret ptr %p
}

;; pair: target adds dereferenceable_or_null(4) to the return of a parameter
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define dereferenceable_or_null(4) ptr @f(ptr %p) {
  ret ptr %p
}
