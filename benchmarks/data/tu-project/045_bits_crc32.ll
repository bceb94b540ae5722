; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/045_bits_crc32.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/045_bits_crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@table_ready = internal global i32 0, align 4
@table = internal global [256 x i32] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @crc32_bitwise(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !5
  store i64 %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #2
  store i32 -1, ptr %5, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #2
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %9

9:                                                ; preds = %38, %2
  %10 = load i64, ptr %6, align 8, !tbaa !9
  %11 = load i64, ptr %4, align 8, !tbaa !9
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #2
  br label %41

14:                                               ; preds = %9
  %15 = load ptr, ptr %3, align 8, !tbaa !5
  %16 = load i64, ptr %6, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !13
  %19 = zext i8 %18 to i32
  %20 = load i32, ptr %5, align 4, !tbaa !11
  %21 = xor i32 %20, %19
  store i32 %21, ptr %5, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #2
  store i32 0, ptr %8, align 4, !tbaa !11
  br label %22

22:                                               ; preds = %34, %14
  %23 = load i32, ptr %8, align 4, !tbaa !11
  %24 = icmp slt i32 %23, 8
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #2
  br label %37

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4, !tbaa !11
  %28 = lshr i32 %27, 1
  %29 = load i32, ptr %5, align 4, !tbaa !11
  %30 = and i32 %29, 1
  %31 = sub i32 0, %30
  %32 = and i32 -306674912, %31
  %33 = xor i32 %28, %32
  store i32 %33, ptr %5, align 4, !tbaa !11
  br label %34

34:                                               ; preds = %26
  %35 = load i32, ptr %8, align 4, !tbaa !11
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %8, align 4, !tbaa !11
  br label %22, !llvm.loop !14

37:                                               ; preds = %25
  br label %38

38:                                               ; preds = %37
  %39 = load i64, ptr %6, align 8, !tbaa !9
  %40 = add i64 %39, 1
  store i64 %40, ptr %6, align 8, !tbaa !9
  br label %9, !llvm.loop !16

41:                                               ; preds = %13
  %42 = load i32, ptr %5, align 4, !tbaa !11
  %43 = xor i32 %42, -1
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #2
  ret i32 %43
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @crc32_table(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !5
  store i64 %1, ptr %4, align 8, !tbaa !9
  %11 = load i32, ptr @table_ready, align 4, !tbaa !11
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %49, label %13

13:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #2
  store i32 0, ptr %5, align 4, !tbaa !11
  br label %14

14:                                               ; preds = %45, %13
  %15 = load i32, ptr %5, align 4, !tbaa !11
  %16 = icmp ult i32 %15, 256
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #2
  br label %48

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #2
  %19 = load i32, ptr %5, align 4, !tbaa !11
  store i32 %19, ptr %7, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #2
  store i32 0, ptr %8, align 4, !tbaa !11
  br label %20

20:                                               ; preds = %37, %18
  %21 = load i32, ptr %8, align 4, !tbaa !11
  %22 = icmp slt i32 %21, 8
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #2
  br label %40

24:                                               ; preds = %20
  %25 = load i32, ptr %7, align 4, !tbaa !11
  %26 = and i32 %25, 1
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %32

28:                                               ; preds = %24
  %29 = load i32, ptr %7, align 4, !tbaa !11
  %30 = lshr i32 %29, 1
  %31 = xor i32 -306674912, %30
  br label %35

32:                                               ; preds = %24
  %33 = load i32, ptr %7, align 4, !tbaa !11
  %34 = lshr i32 %33, 1
  br label %35

35:                                               ; preds = %32, %28
  %36 = phi i32 [ %31, %28 ], [ %34, %32 ]
  store i32 %36, ptr %7, align 4, !tbaa !11
  br label %37

37:                                               ; preds = %35
  %38 = load i32, ptr %8, align 4, !tbaa !11
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %8, align 4, !tbaa !11
  br label %20, !llvm.loop !17

40:                                               ; preds = %23
  %41 = load i32, ptr %7, align 4, !tbaa !11
  %42 = load i32, ptr %5, align 4, !tbaa !11
  %43 = zext i32 %42 to i64
  %44 = getelementptr inbounds [256 x i32], ptr @table, i64 0, i64 %43
  store i32 %41, ptr %44, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #2
  br label %45

45:                                               ; preds = %40
  %46 = load i32, ptr %5, align 4, !tbaa !11
  %47 = add i32 %46, 1
  store i32 %47, ptr %5, align 4, !tbaa !11
  br label %14, !llvm.loop !18

48:                                               ; preds = %17
  store i32 1, ptr @table_ready, align 4, !tbaa !11
  br label %49

49:                                               ; preds = %48, %2
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #2
  store i32 -1, ptr %9, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #2
  store i64 0, ptr %10, align 8, !tbaa !9
  br label %50

50:                                               ; preds = %70, %49
  %51 = load i64, ptr %10, align 8, !tbaa !9
  %52 = load i64, ptr %4, align 8, !tbaa !9
  %53 = icmp ult i64 %51, %52
  br i1 %53, label %55, label %54

54:                                               ; preds = %50
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #2
  br label %73

55:                                               ; preds = %50
  %56 = load i32, ptr %9, align 4, !tbaa !11
  %57 = load ptr, ptr %3, align 8, !tbaa !5
  %58 = load i64, ptr %10, align 8, !tbaa !9
  %59 = getelementptr inbounds i8, ptr %57, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !13
  %61 = zext i8 %60 to i32
  %62 = xor i32 %56, %61
  %63 = and i32 %62, 255
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds [256 x i32], ptr @table, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !11
  %67 = load i32, ptr %9, align 4, !tbaa !11
  %68 = lshr i32 %67, 8
  %69 = xor i32 %66, %68
  store i32 %69, ptr %9, align 4, !tbaa !11
  br label %70

70:                                               ; preds = %55
  %71 = load i64, ptr %10, align 8, !tbaa !9
  %72 = add i64 %71, 1
  store i64 %72, ptr %10, align 8, !tbaa !9
  br label %50, !llvm.loop !19

73:                                               ; preds = %54
  %74 = load i32, ptr %9, align 4, !tbaa !11
  %75 = xor i32 %74, -1
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #2
  ret i32 %75
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i16 @crc16_ccitt(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i16, align 2
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !5
  store i64 %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %5) #2
  store i16 -1, ptr %5, align 2, !tbaa !20
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #2
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %9

9:                                                ; preds = %56, %2
  %10 = load i64, ptr %6, align 8, !tbaa !9
  %11 = load i64, ptr %4, align 8, !tbaa !9
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #2
  br label %59

14:                                               ; preds = %9
  %15 = load ptr, ptr %3, align 8, !tbaa !5
  %16 = load i64, ptr %6, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !13
  %19 = zext i8 %18 to i32
  %20 = shl i32 %19, 8
  %21 = trunc i32 %20 to i16
  %22 = zext i16 %21 to i32
  %23 = load i16, ptr %5, align 2, !tbaa !20
  %24 = zext i16 %23 to i32
  %25 = xor i32 %24, %22
  %26 = trunc i32 %25 to i16
  store i16 %26, ptr %5, align 2, !tbaa !20
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #2
  store i32 0, ptr %8, align 4, !tbaa !11
  br label %27

27:                                               ; preds = %52, %14
  %28 = load i32, ptr %8, align 4, !tbaa !11
  %29 = icmp slt i32 %28, 8
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #2
  br label %55

31:                                               ; preds = %27
  %32 = load i16, ptr %5, align 2, !tbaa !20
  %33 = zext i16 %32 to i32
  %34 = and i32 %33, 32768
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %36, label %43

36:                                               ; preds = %31
  %37 = load i16, ptr %5, align 2, !tbaa !20
  %38 = zext i16 %37 to i32
  %39 = shl i32 %38, 1
  %40 = xor i32 %39, 4129
  %41 = trunc i32 %40 to i16
  %42 = zext i16 %41 to i32
  br label %49

43:                                               ; preds = %31
  %44 = load i16, ptr %5, align 2, !tbaa !20
  %45 = zext i16 %44 to i32
  %46 = shl i32 %45, 1
  %47 = trunc i32 %46 to i16
  %48 = zext i16 %47 to i32
  br label %49

49:                                               ; preds = %43, %36
  %50 = phi i32 [ %42, %36 ], [ %48, %43 ]
  %51 = trunc i32 %50 to i16
  store i16 %51, ptr %5, align 2, !tbaa !20
  br label %52

52:                                               ; preds = %49
  %53 = load i32, ptr %8, align 4, !tbaa !11
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %8, align 4, !tbaa !11
  br label %27, !llvm.loop !22

55:                                               ; preds = %30
  br label %56

56:                                               ; preds = %55
  %57 = load i64, ptr %6, align 8, !tbaa !9
  %58 = add i64 %57, 1
  store i64 %58, ptr %6, align 8, !tbaa !9
  br label %9, !llvm.loop !23

59:                                               ; preds = %13
  %60 = load i16, ptr %5, align 2, !tbaa !20
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 2, ptr %5) #2
  ret i16 %60
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = !{!21, !21, i64 0}
!21 = !{!"short", !7, i64 0}
!22 = distinct !{!22, !15}
!23 = distinct !{!23, !15}
