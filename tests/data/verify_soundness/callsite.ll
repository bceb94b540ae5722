; call-site attributes copied from another call site of the same callee.

;; pair: readonly copied from the first call site of @g to the second
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr readonly %p)
  call void @g(ptr %q)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr readonly %p)
  call void @g(ptr readonly %q)
  ret void
}

;; pair: readonly moved from the second argument position of a call to the first
;; expect: wrong
;; source
declare void @g(ptr, ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr %p, ptr readonly %q)
  ret void
}
;; target
declare void @g(ptr, ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr readonly %p, ptr readonly %q)
  ret void
}

;; pair: writeonly copied from another argument position
;; expect: wrong
;; source
declare void @g(ptr, ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr writeonly %p, ptr %q)
  ret void
}
;; target
declare void @g(ptr, ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr writeonly %p, ptr writeonly %q)
  ret void
}

;; pair: noalias copied to a second argument that may be equal to the first
;; expect: wrong
;; source
declare void @g(ptr, ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr noalias %p, ptr %q)
  ret void
}
;; target
declare void @g(ptr, ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr noalias %p, ptr noalias %q)
  ret void
}

;; pair: nofree copied from one call site to another
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr %p) nofree
  call void @g(ptr %q)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr %p) nofree
  call void @g(ptr %q) nofree
  ret void
}

;; pair: nocapture copied from one call site to another
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr nocapture %p)
  call void @g(ptr %q)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p, ptr %q) {
  call void @g(ptr nocapture %p)
  call void @g(ptr nocapture %q)
  ret void
}

;; pair: memory(argmem: read) copied from one call site to another, a load reused across it
;; expect: wrong
;; source
declare void @g(ptr)
define i32 @f(ptr %p, ptr %q) {
  call void @g(ptr %p) memory(argmem: read)
  %a = load i32, ptr %q
  call void @g(ptr %q)
  %b = load i32, ptr %q
  %r = sub i32 %a, %b
  ret i32 %r
}
;; target
declare void @g(ptr)
define i32 @f(ptr %p, ptr %q) {
  call void @g(ptr %p) memory(argmem: read)
  %a = load i32, ptr %q
  call void @g(ptr %q) memory(argmem: read)
  ret i32 0
}

;; pair: the same readonly call site attribute kept on the same call
;; expect: proved
;; source
declare void @g(ptr)
define i32 @f(ptr %p, i32 %x) {
  call void @g(ptr readonly %p)
  %y = add i32 %x, 0
  ret i32 %y
}
;; target
declare void @g(ptr)
define i32 @f(ptr %p, i32 %x) {
  call void @g(ptr readonly %p)
  ret i32 %x
}
