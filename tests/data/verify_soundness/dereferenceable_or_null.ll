; dereferenceable_or_null(n) (LangRef "Parameter Attributes"): the pointer is null or dereferenceable for n bytes;
; passing a non-null pointer to fewer accessible bytes is undefined behaviour, passing null is not.

;; pair: a nonnull dereferenceable_or_null parameter, target adds a load through it
;; expect: proved
;; source
define i32 @f(ptr noundef nonnull dereferenceable_or_null(4) %p) {
  ret i32 0
}
;; target
define i32 @f(ptr noundef nonnull dereferenceable_or_null(4) %p) {
  %v = load i32, ptr %p, align 1
  %f = freeze i32 %v
  %z = and i32 %f, 0
  ret i32 %z
}

;; pair: target loads through a dereferenceable_or_null parameter that may be null
;; expect: refuted
;; source
define i32 @f(ptr noundef dereferenceable_or_null(4) %p) {
  %c = icmp eq ptr %p, null
  br i1 %c, label %null, label %load
load:
  %v = load i32, ptr %p, align 1
  ret i32 %v
null:
  ret i32 0
}
;; target
define i32 @f(ptr noundef dereferenceable_or_null(4) %p) {
  %v = load i32, ptr %p, align 1
  %c = icmp eq ptr %p, null
  %r = select i1 %c, i32 0, i32 %v
  ret i32 %r
}

;; pair: target adds dereferenceable_or_null to a call argument that may be a dangling non-null pointer
;; expect: refuted
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr dereferenceable_or_null(4) %p)
  ret void
}

;; pair: target adds dereferenceable_or_null to a call argument the source loads from first
;; expect: proved
;; source
declare void @g(ptr)
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 1
  call void @g(ptr %p)
  ret i32 %v
}
;; target
declare void @g(ptr)
define i32 @f(ptr %p) {
  %v = load i32, ptr %p, align 1
  call void @g(ptr dereferenceable_or_null(4) %p)
  ret i32 %v
}
