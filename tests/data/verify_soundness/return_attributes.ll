; Return and parameter attributes (LangRef "Parameter Attributes"): a function returning poison where its return is
; `noundef` has UB, and a `nonnull` return or argument that is null is poison. A target that adds such an attribute
; therefore adds UB or poison where the source returns poison or null, and must not be proved; the header parser
; must keep return attributes (they follow the linkage, and look like it).

;; pair: target adds noundef to a return that may be poison
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define noundef i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: target adds noundef to a return that is never poison
;; expect: proved
;; source
define i32 @f(i32 noundef %x) {
  %y = add i32 %x, 1
  ret i32 %y
}
;; target
define noundef i32 @f(i32 noundef %x) {
  %y = add i32 %x, 1
  ret i32 %y
}

;; pair: target adds nonnull to a return that may be null
;; expect: refuted
;; source
define ptr @f(ptr noundef %p) {
  ret ptr %p
}
;; target
define dso_local nonnull ptr @f(ptr noundef %p) {
  ret ptr %p
}

;; pair: target adds nonnull to a return that is never null
;; expect: proved
;; source
define ptr @f(ptr noundef nonnull %p) {
  ret ptr %p
}
;; target
define dso_local nonnull ptr @f(ptr noundef nonnull %p) {
  ret ptr %p
}

;; pair: source returns poison through a noundef return (UB), target returns anything
;; expect: proved
;; source
define noundef i32 @f() {
  ret i32 poison
}
;; target
define noundef i32 @f() {
  ret i32 3
}

;; pair: target adds noundef to an argument it passes on, which may be poison
;; expect: refuted
;; source
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 %x)
  ret void
}
;; target
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 noundef %x)
  ret void
}

;; pair: target adds nonnull to an argument it passes on, which may be null
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr noundef %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr noundef %p) {
  call void @g(ptr nonnull %p)
  ret void
}

;; pair: target adds nonnull to an argument it passes on, which is never null
;; expect: right
;; source
declare void @g(ptr)
define void @f(ptr noundef nonnull %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr noundef nonnull %p) {
  call void @g(ptr nonnull %p)
  ret void
}
